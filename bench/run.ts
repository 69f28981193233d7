/**
 * `npm run bench`: the app's performance, each figure a ratio against a baseline measured in the
 * same run, printed as one table with the goal beside it (docs/performance.md explains it).
 *
 *   npm run bench              # full: 7 cold loads each, 10 s of playback, 60 s for memory
 *   npm run bench -- --smoke   # CI: the smallest version of every measurement (< 3 min)
 *   npm run bench -- --rebuild # run `npm run build` even if build/ exists
 *   npm run bench -- --loads 21 # row 2 from 21 cold loads of each page instead of 7
 *
 * It builds what it needs (the app with `npm run build` when build/ is missing, and always the
 * small bench-only pages of bench/app into bench/out), serves a snapshot of build/ and bench/out
 * with two `vite preview` servers it starts and stops itself (ports 4180 and 4181, or
 * BENCH_PORT and the next, or the next free ones), and drives Chromium (headless, WebGL on
 * SwiftShader: scripts/browser.ts) with Playwright. Each row or group of rows is measured by a
 * module of bench/rows/; this file only runs them in order and prints the table.
 *
 * Exit status: 0 whenever everything ran, goals met or not (timings are noisy); 1 on errors
 * (a build failed, a page failed to load or threw, the core benchmark failed).
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from '../scripts/browser';
import { configFrom, TOP_SPEED, VIEWPORT, type Config } from './config';
import { log, type Problems, type Session } from './pages';
import {
	BENCH_CONFIG,
	freePort,
	preview,
	ROOT,
	run,
	stopAll,
	stopAllOnExit,
	VITE_BIN
} from './servers';
import { fmt, table } from './table';
import { bareUrl, bundleDetails, bundleRow, maplibreSize, probe } from './rows/bundle';
import { comparePlayback, compareDetails, compareRow } from './rows/compare';
import { core, coreDetails, coreRows } from './rows/core';
import { firstViewDetails, firstViewRow, firstViews } from './rows/first-view';
import { manyPlaces } from './rows/many-places';
import { memory, memoryDetails, memoryRows } from './rows/memory';
import {
	appPlayback,
	bareFrameMs,
	bareRepaint,
	playbackDetails,
	playbackRows
} from './rows/playback';

/** Builds the app when needed and the bench pages always; serves a snapshot of each. */
async function buildAndServe(cfg: Config): Promise<{ app: string; bench: string }> {
	// The rows read the map's test hooks (window.__atlas), which only a test build has.
	if (cfg.rebuild || !existsSync(join(ROOT, 'build', '.test-hooks'))) {
		log('building the app with its test hooks (npm run build:test)…');
		await run('npm', ['run', 'build:test'], 'npm run build:test');
	}
	log('building the bench pages (bench/app → bench/out)…');
	await run(
		process.execPath,
		[VITE_BIN, 'build', '--config', BENCH_CONFIG, '--logLevel', 'warn'],
		'vite build (bench/app)'
	);
	// A snapshot of build/, so that a rebuild elsewhere during the run cannot change what is served.
	const snapshot = join(ROOT, 'bench', 'out', 'app');
	rmSync(snapshot, { recursive: true, force: true });
	cpSync(join(ROOT, 'build'), snapshot, { recursive: true });
	const appPort = await freePort(cfg.port);
	const benchPort = await freePort(cfg.port + 1, [appPort]);
	const [app, bench] = await Promise.all([preview(appPort, snapshot), preview(benchPort)]);
	log(`serving build/ (snapshot) at ${app} and bench/out at ${bench}`);
	return { app, bench };
}

/** Every browser measurement, in the order that keeps each one's neighbours quiet. */
async function measureInBrowser(s: Session, app: string, bench: string) {
	const playS = `${s.cfg.playMs / 1000} s`;
	log('probing the app: scripts loaded, view, map size…');
	const pr = await probe(s, app, bench);
	const bare = bareUrl(bench, pr);
	const fv = await firstViews(s, app, bench, bare, pr);
	log(`playback: the app at ${TOP_SPEED} days/s for ${playS}…`);
	const appPlay = await appPlayback(s, app);
	log(`playback: the bare map redrawing every frame for ${playS}…`);
	const barePlay = await bareRepaint(s, bench, bare);
	log(`playback: 5,000 generated places at ${TOP_SPEED} days/s for ${playS}…`);
	const many = await manyPlaces(s, bench);
	log(`playback: the compare view at ${TOP_SPEED} days/s for ${playS}…`);
	const compare = await comparePlayback(s, app);
	log(`memory: ${s.cfg.memoryMs / 1000} s of looping playback…`);
	const mem = await memory(s, app);
	const play = { app: appPlay, bare: barePlay, many, playMs: s.cfg.playMs };
	return { pr, fv, play, compare, mem };
}

async function main(problems: Problems): Promise<void> {
	const started = Date.now();
	const cfg = configFrom(process.argv.slice(2), process.env);
	log(`mode: ${cfg.mode}`);
	const { app, bench } = await buildAndServe(cfg);
	const browser = await chromium.launch({ ...browserLaunchOptions(), headless: true });
	const version = browser.version();
	let m: Awaited<ReturnType<typeof measureInBrowser>>;
	try {
		m = await measureInBrowser({ cfg, browser, problems }, app, bench);
	} finally {
		await browser.close();
		stopAll();
	}
	// The core last, with no browser running, so it has both cores.
	log(`core: bench/core.ts${cfg.coreSmall ? ' --small' : ''}…`);
	const co = await core({ cfg });
	const ml = maplibreSize();

	const rows = [
		bundleRow(m.pr, ml),
		firstViewRow(m.fv),
		...playbackRows(m.play),
		compareRow(m.compare, bareFrameMs(m.play)),
		...coreRows(co),
		...memoryRows(m.mem)
	];
	const details = [
		...bundleDetails(m.pr, ml),
		...firstViewDetails(m.fv, m.pr),
		...playbackDetails(m.play),
		...compareDetails(m.compare),
		...coreDetails(co),
		...memoryDetails(m.mem)
	];
	const when = new Date().toISOString().slice(0, 16);
	const out = [
		`Frontline Atlas bench (${cfg.mode}), ${when}Z: Chromium ${version} headless (WebGL on SwiftShader), node ${process.version}, window ${VIEWPORT.width}×${VIEWPORT.height}`,
		'',
		table(rows),
		'',
		'Details',
		...details
	];
	if (problems.warnings.length) {
		out.push('', `Warnings (${problems.warnings.length}):`);
		for (const w of [...new Set(problems.warnings)].slice(0, 8)) out.push(`  ${w}`);
	}
	out.push('', `Took ${fmt((Date.now() - started) / 1000)} s.`);
	console.log(out.join('\n'));
}

stopAllOnExit();
const problems: Problems = { errors: [], warnings: [] };
main(problems)
	.catch((e: unknown) => {
		problems.errors.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
	})
	.finally(() => {
		stopAll();
		const { errors } = problems;
		if (errors.length) {
			console.error(`\nbench failed (${errors.length} error${errors.length > 1 ? 's' : ''}):`);
			for (const e of [...new Set(errors)].slice(0, 20)) console.error(`  ${e}`);
			process.exitCode = 1;
		}
	});
