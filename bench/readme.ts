import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { markdownReport, type BenchResults } from './report.js';

/**
 * The README's performance table, generated from bench/results/latest.json (the script is
 * bench/write-readme.ts, `npm run bench:readme`; test/bench-readme.test.ts keeps them in step).
 */

export const START =
  '<!-- bench:start (generated from bench/results/latest.json by npm run bench:readme) -->';
export const END = '<!-- bench:end -->';

export async function withBenchTable(readme: string, results: BenchResults): Promise<string> {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  const text = `${readme.slice(0, start + START.length)}\n\n${markdownReport(results)}\n\n${readme.slice(end)}`;
  const options = (await prettier.resolveConfig('README.md')) ?? {};
  return prettier.format(text, { ...options, parser: 'markdown' });
}

export function readResults(path = 'bench/results/latest.json'): BenchResults {
  return JSON.parse(readFileSync(path, 'utf8')) as BenchResults;
}
