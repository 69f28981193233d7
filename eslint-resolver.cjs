/**
 * Resolves imports for the architecture lint (eslint-plugin-boundaries): SvelteKit's `$lib`
 * alias to src/lib, with the extensions this project imports without (`.ts`, `.svelte.ts`);
 * everything else as Node resolves it. SvelteKit's own virtual modules (`$app/*`, `$env/*`)
 * resolve to nothing and count as libraries.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const node = require('eslint-import-resolver-node');

const LIB = path.join(__dirname, 'src', 'lib');
const EXTENSIONS = ['', '.ts', '.js', '.svelte.ts', '.svelte.js', '/index.ts', '/index.js'];

function firstFile(base) {
	for (const ext of EXTENSIONS) {
		const file = base + ext;
		if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
	}
	return null;
}

exports.interfaceVersion = 2;

exports.resolve = function resolve(source, file, config) {
	let base = null;
	if (source === '$lib' || source.startsWith('$lib/')) base = path.join(LIB, source.slice(5));
	else if (source.startsWith('.')) base = path.resolve(path.dirname(file), source);
	if (base !== null) {
		const found = firstFile(base);
		return found ? { found: true, path: found } : { found: false };
	}
	return node.resolve(source, file, config);
};
