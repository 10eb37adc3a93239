import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_RUNS,
  THIS_CHECKOUT,
  measureStartup,
  startupTable,
  type Checkout,
} from './startup.js';

/**
 * Start-to-first-request time and size of both bundles (bench/startup.ts), on its own:
 *
 *   npm run bench:startup                      7 runs of each bundle after one warm-up
 *   npm run bench:startup -- --runs 15
 *   npm run bench:startup -- --against main    and, run for run, the bundles committed at main
 */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const runs = Number(option('--runs') ?? DEFAULT_RUNS);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench:startup: --runs takes a whole number of at least 1');
  process.exit(2);
}
const against = option('--against');
const checkouts: Checkout[] = [THIS_CHECKOUT];
const scratch = mkdtempSync(join(tmpdir(), 'gc-timeouts-startup-ref-'));
try {
  if (against !== undefined) {
    // The committed bundles and examples of that commit, as a fresh clone would have them.
    const tar = execFileSync('git', ['archive', '--format=tar', against, 'dist', 'examples'], {
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', scratch], { input: tar });
    checkouts.push({ label: against, dir: scratch });
  }
  console.log(startupTable(await measureStartup(runs, checkouts)));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
