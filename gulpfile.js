// Copies the static files tsc does not emit (icons, codex-adjacent assets) into dist/,
// keeping their folder layout so that `file:` icon paths resolve from the compiled .js files.
const { src, dest, parallel } = require('gulp');

function copyIcons() {
	return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}', 'icons/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:static'] = parallel(copyIcons);
exports.default = exports['build:static'];
