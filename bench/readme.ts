import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { markdownReport, type BenchResults } from './report.js';

/**
 * Keeps the README's performance table generated from bench/results/latest.json.
 *   npx vite-node bench/readme.ts          rewrite README.md
 *   npx vite-node bench/readme.ts --check  exit 1 when README.md is stale
 */

export const START =
  '<!-- bench:start (generated from bench/results/latest.json by bench/readme.ts) -->';
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  const fresh = await withBenchTable(readme, readResults());
  if (process.argv.includes('--check')) {
    if (fresh !== readme) {
      console.error(
        'README.md is out of date with bench/results/latest.json: run npx vite-node bench/readme.ts',
      );
      process.exit(1);
    }
  } else writeFileSync('README.md', fresh);
}
