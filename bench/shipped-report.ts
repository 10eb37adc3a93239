import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import type { ShippedRow } from './shipped.js';

/**
 * The README's table of the shipped bundles, generated from bench/results/shipped-full.json
 * (`npm run bench:readme`; test/bench-readme.test.ts keeps them in step).
 */

export const SHIPPED_START =
  '<!-- bench-shipped:start (generated from bench/results/shipped-full.json by npm run bench:readme) -->';
export const SHIPPED_END = '<!-- bench-shipped:end -->';

export interface ShippedResults {
  generatedAt: string;
  profile: string;
  environment: { node: string; cpus: number };
  rows: ShippedRow[];
}

export function readShipped(path = 'bench/results/shipped-full.json'): ShippedResults {
  return JSON.parse(readFileSync(path, 'utf8')) as ShippedResults;
}

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
        `| ${r.run} | ${r.actions.toLocaleString('en-US')} | ${r.changes.toLocaleString('en-US')} | ${r.seconds.toFixed(2)} | ${peak(r)} | ${r.requests.toLocaleString('en-US')} | ${kinds(r)} | ${r.writePerChange ?? ''} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** A row's peak RSS; a row run several times is the process with the highest (bench/shipped.ts). */
function peak(r: ShippedRow): string {
  if (r.peakMiB === null) return 'n/a';
  return r.of === undefined ? `${r.peakMiB} MiB` : `${r.peakMiB} MiB (worst of ${r.of})`;
}

export async function withShippedTable(readme: string, results: ShippedResults): Promise<string> {
  const start = readme.indexOf(SHIPPED_START);
  const end = readme.indexOf(SHIPPED_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${SHIPPED_START} markers`);
  const note = `Measured ${results.generatedAt.slice(0, 10)}, Node ${results.environment.node}, ${results.environment.cpus} cores; each row one process (for a row run several times, the one with the highest peak RSS).`;
  const text = `${readme.slice(0, start + SHIPPED_START.length)}\n\n${shippedTable(results.rows)}\n${note}\n\n${readme.slice(end)}`;
  const options = (await prettier.resolveConfig('README.md')) ?? {};
  return prettier.format(text, { ...options, parser: 'markdown' });
}
