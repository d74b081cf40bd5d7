// Copies the static files tsc does not emit (icons, codex-adjacent assets) into dist/,
// keeping their folder layout so that `file:` icon paths resolve from the compiled .js files.
const { src, dest, parallel } = require('gulp');

function copyIcons() {
	return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}', 'icons/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

// Output schemas (npm run schemas): n8n serves them from <node's folder in dist>/__schema__/v<x.y.z>/<resource>/<operation>.json.
// tsc also emits them (tsconfig includes nodes/**/*.json) but re-indented; this copy keeps the committed bytes.
function copySchemas() {
	return src(['nodes/*/__schema__/**/*.json'], { base: '.', encoding: false }).pipe(dest('dist'));
}

exports['build:static'] = parallel(copyIcons, copySchemas);
exports.default = exports['build:static'];
