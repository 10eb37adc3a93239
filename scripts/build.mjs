// Bundles the Action and the CLI with ncc: minified (names kept, so messages and stack frames read
// the same), each with its source map beside it. Both bundles are committed; .ci/run rebuilds and
// diffs them. The manifest schema is compiled first, so the bundles carry its standalone validator.
//
// No source-map-support register: it parses the whole map (over 3 MB) the first time anything reads
// an error's stack, which undici does on every run when it closes a socket, and that cost a second.
// `node --enable-source-maps dist/index.js` maps stack traces to src/ when they are wanted.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeStamp } from './dist-stamp.mjs';

const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--quiet',
  '--target',
  'es2022',
  '--minify',
  '--source-map',
  '--no-source-map-register',
];
const node = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' });

node(['scripts/generate-schema-validator.mjs']);
node(['scripts/generate-genesys-schemas.mjs']);
rmSync('dist', { recursive: true, force: true });
node([...ncc, 'src/entries/action.ts', '-o', 'dist', '--license', 'licenses.txt']);
node([...ncc, 'src/entries/cli.ts', '-o', 'dist/cli', '--license', 'licenses.txt']);

const cli = 'dist/cli/index.js';
const body = readFileSync(cli, 'utf8');
if (!body.startsWith('#!')) {
  writeFileSync(cli, `#!/usr/bin/env node\n${body}`);
  // One line more at the top: the map's lines move down with it (an empty first line of mappings).
  const map = JSON.parse(readFileSync(`${cli}.map`, 'utf8'));
  writeFileSync(`${cli}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
}
chmodSync(cli, 0o755);
// Last, after the generated validators are rewritten: the e2e tests refuse a dist/ built from other sources.
writeStamp(process.cwd());
