import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import * as prettier from 'prettier';
import { PROFILES, runShipped } from './shipped.js';
import { shippedTable } from './shipped-report.js';

/**
 * `npm run bench:shipped [-- --full]`: the shipped bundles as users run them. The quick profile
 * (1,000 actions, 100 changes) takes about a minute; the full one (20,000 actions, 1,000 changes,
 * match-all plans over 20,000 and 100,000 actions) is the recorded result.
 */

const profile = process.argv.includes('--full') ? PROFILES.full : PROFILES.quick;
const watchdog = setTimeout(() => {
  process.stderr.write('bench: the shipped bench did not finish within 30 minutes\n');
  process.exit(1);
}, 30 * 60_000);
watchdog.unref();

const rows = await runShipped(profile);
const result = {
  generatedAt: new Date().toISOString(),
  profile: profile.name,
  environment: { node: process.version, cpus: cpus().length },
  settings: { latencyMs: 20, statedLimitPerMinute: 60_000, ...profile },
  rows,
};
// BENCH_DIST names another build (the figures before a change): recorded apart.
const label = process.env['BENCH_DIST'] === undefined ? '' : '-before';
const path = `bench/results/shipped-${profile.name}${label}.json`;
// Formatted as the repository's files are, so `npm run lint` passes on a fresh result.
const options = (await prettier.resolveConfig(path)) ?? {};
await writeFile(
  path,
  await prettier.format(JSON.stringify(result), { ...options, filepath: path }),
);
process.stdout.write(shippedTable(rows));
clearTimeout(watchdog);
