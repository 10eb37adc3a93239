import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { PROFILES, runShipped, type ShippedRow } from './shipped.js';

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

export function shippedTable(rows: readonly ShippedRow[]): string {
  const kinds = (r: ShippedRow): string =>
    Object.entries(r.byKind)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  const lines = [
    '| Run | Actions | Changes | Seconds | Peak RSS | Requests | By kind | Writes per change |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.run} | ${r.actions.toLocaleString('en-US')} | ${r.changes.toLocaleString('en-US')} | ${r.seconds.toFixed(2)} | ${r.peakMiB === null ? 'n/a' : `${r.peakMiB} MiB`} | ${r.requests.toLocaleString('en-US')} | ${kinds(r)} | ${r.writePerChange ?? ''} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

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
await writeFile(
  `bench/results/shipped-${profile.name}${label}.json`,
  `${JSON.stringify(result, null, 2)}\n`,
);
process.stdout.write(shippedTable(rows));
clearTimeout(watchdog);
