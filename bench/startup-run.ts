import { DEFAULT_RUNS, measureStartup, startupTable } from './startup.js';

/**
 * Start-to-first-request time and size of both bundles (bench/startup.ts), on its own:
 *
 *   npm run bench:startup              7 runs of each bundle after one warm-up
 *   npm run bench:startup -- --runs 3
 */
const at = process.argv.indexOf('--runs');
const runs = at >= 0 ? Number(process.argv[at + 1]) : DEFAULT_RUNS;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench:startup: --runs takes a whole number of at least 1');
  process.exit(2);
}
console.log(startupTable(await measureStartup(runs)));
