// Before the e2e tests: make sure a Chromium is there to drive. Uses, in order,
// PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's /usr/bin/chromium, Playwright's own browser;
// when none is present it installs one (apt on Debian as root, else `npx playwright install`).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
if (fromEnv) {
	if (!existsSync(fromEnv))
		fail(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points at ${fromEnv}, which does not exist.`);
	ok(fromEnv);
}
if (existsSync('/usr/bin/chromium')) ok('/usr/bin/chromium');
if (existsSync(chromium.executablePath())) ok(chromium.executablePath());

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (existsSync('/etc/debian_version') && isRoot) {
	console.log("No Chromium found: installing Debian's chromium with apt-get …");
	run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
	if (existsSync('/usr/bin/chromium')) ok('/usr/bin/chromium');
	fail('apt-get finished but /usr/bin/chromium is still missing.');
}
console.log('No Chromium found: running `npx playwright install chromium` …');
run('npx playwright install chromium');
if (existsSync(chromium.executablePath())) ok(chromium.executablePath());
fail('Could not install a browser.');

function run(cmd) {
	try {
		execSync(cmd, { stdio: 'inherit' });
	} catch {
		fail(`\`${cmd}\` failed.`);
	}
}
function ok(path) {
	console.log(`e2e browser: ${path}`);
	process.exit(0);
}
function fail(why) {
	console.error(
		`${why}\nThe e2e tests need Chromium. Install Debian's \`chromium\` package, run \`npx playwright install chromium\`, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary.`
	);
	process.exit(1);
}
