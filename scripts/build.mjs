// Bundles the Action and the CLI with ncc. Both bundles are committed; .ci/run rebuilds and diffs them.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--target', 'es2022'];

rmSync('dist', { recursive: true, force: true });
execFileSync(
  process.execPath,
  [...ncc, 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt'],
  {
    stdio: 'inherit',
  },
);
execFileSync(
  process.execPath,
  [...ncc, 'src/cli.ts', '-o', 'dist/cli', '--license', 'licenses.txt'],
  {
    stdio: 'inherit',
  },
);

const cli = 'dist/cli/index.js';
const body = readFileSync(cli, 'utf8');
if (!body.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${body}`);
chmodSync(cli, 0o755);
