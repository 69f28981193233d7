/**
 * The processes a bench run starts: builds, and `vite preview` servers of static directories.
 * Each runs in a process group of its own so that stopping it stops what it started; every one
 * is stopped on exit, on error and on Ctrl-C (`stopAll`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export const VITE_BIN = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
/** The bench pages' Vite config; its `preview` also serves the snapshot of the app's build. */
export const BENCH_CONFIG = 'bench/app/vite.config.ts';

const children = new Set<ChildProcess>();

function stop(child: ChildProcess): void {
	if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
	try {
		process.kill(-child.pid, 'SIGTERM'); // the whole group: vite and anything it started
	} catch {
		try {
			child.kill('SIGTERM');
		} catch {
			// already gone
		}
	}
}

/** Stops every process this module started and is still running. */
export function stopAll(): void {
	for (const c of children) stop(c);
	children.clear();
}

/** Stops the children when the bench exits or is interrupted. Call once, from the entry. */
export function stopAllOnExit(): void {
	process.on('exit', stopAll);
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.on(sig, () => {
			stopAll();
			process.exit(130);
		});
	}
}

function start(cmd: string, args: string[]): { child: ChildProcess; output: () => string } {
	const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	children.add(child);
	child.on('close', () => children.delete(child));
	let out = '';
	child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
	child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
	return { child, output: () => out };
}

/** Runs a command to completion; resolves with its output, rejects on a non-zero exit. */
export function run(cmd: string, args: string[], label: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const { child, output } = start(cmd, args);
		let stdout = '';
		child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(stdout);
			else reject(new Error(`${label} exited with ${code}:\n${output().trim().slice(-4000)}`));
		});
	});
}

function portFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const srv = createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

/** `preferred` if free, else the first free one of preferred + 10, + 20 … not in `avoid`. */
export async function freePort(preferred: number, avoid: number[] = []): Promise<number> {
	for (let p = preferred; p < preferred + 200; p += 10) {
		if (!avoid.includes(p) && (await portFree(p))) return p;
	}
	throw new Error(`no free port near ${preferred}`);
}

export const sleep = (t: number): Promise<void> => new Promise((r) => setTimeout(r, t));

/** Starts `vite preview` of bench/out (or of `outDir`) and resolves with its URL once it answers. */
export async function preview(port: number, outDir?: string): Promise<string> {
	const args = [VITE_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
	args.push('--config', BENCH_CONFIG);
	if (outDir) args.push('--outDir', outDir);
	const { child, output } = start(process.execPath, args);
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		try {
			const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
			if (res.status < 500) return url;
		} catch {
			// not up yet
		}
		await sleep(150);
	}
	throw new Error(`vite preview on port ${port} did not start:\n${output().trim()}`);
}
