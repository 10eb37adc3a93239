/**
 * `npm run soak -- --minutes N [--seed S]`: plan and apply cycles against the simulator under
 * random 429 storms, 5xx, resets, stalls and out-of-band edits, with the whole org checked after
 * every cycle. Exits 1 on any violation.
 */
import { parseArgs } from 'node:util';
import { soak } from '../test/soak/engine.js';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '1' }, seed: { type: 'string' } },
});
const minutes = Number(values.minutes);
if (!Number.isFinite(minutes) || minutes <= 0)
  throw new Error('--minutes must be a positive number');
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
console.log(`soak: ${minutes} min, seed ${seed}`);
const started = Date.now();
const result = await soak({
  durationMs: minutes * 60_000,
  seed,
  log: (line) => {
    if (/^cycle \d*0:/.test(line)) console.log(line);
  },
});
const faults = Object.entries(result.faults)
  .map(([kind, n]) => `${kind} ${n}`)
  .join(', ');
const total = Object.values(result.faults).reduce((a, b) => a + b, 0);
console.log(
  `soak done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${result.cycles} cycles, ${total} faults injected (${faults}), ` +
    `${result.edits} out-of-band edits, ${result.planFailures} plans failed cleanly, ${result.applied} changes applied, ` +
    `${result.reportedFailed} reported failed, ${result.violations.length} violations`,
);
for (const v of result.violations.slice(0, 20)) console.log(`  ${v}`);
process.exitCode = result.violations.length === 0 ? 0 : 1;
