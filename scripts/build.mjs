// Bundles the Action and the CLI with ncc: minified (names kept, so messages and stack frames read
// the same), each with its source map beside it. Both bundles are committed; .ci/run rebuilds and
// diffs them. The manifest schema is compiled first, so the bundles carry its standalone validator.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--quiet',
  '--target',
  'es2022',
  '--minify',
  '--source-map',
];
const node = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' });

node(['scripts/generate-schema-validator.mjs']);
rmSync('dist', { recursive: true, force: true });
node([...ncc, 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt']);
node([...ncc, 'src/cli.ts', '-o', 'dist/cli', '--license', 'licenses.txt']);

const cli = 'dist/cli/index.js';
const body = readFileSync(cli, 'utf8');
if (!body.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${body}`);
chmodSync(cli, 0o755);
