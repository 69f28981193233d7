/**
 * Which Chromium the tests drive. In order: the PLAYWRIGHT_CHROMIUM_EXECUTABLE environment
 * variable, Debian's /usr/bin/chromium, or (neither present) Playwright's own installed browser.
 * The flags give WebGL through SwiftShader on machines without a GPU and stop Chromium's
 * background traffic, which a closed network refuses.
 */
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The Chromium executable to use, or undefined for Playwright's own browser. */
export function chromiumExecutable(): string | undefined {
	const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
	if (fromEnv) return fromEnv;
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	return undefined;
}

/** Launch options shared by the e2e tests and the benchmarks. */
export function browserLaunchOptions() {
	return {
		executablePath: chromiumExecutable(),
		args: [
			'--use-angle=swiftshader',
			'--enable-unsafe-swiftshader',
			'--ignore-gpu-blocklist',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic'
		],
		chromiumSandbox: false
	};
}
