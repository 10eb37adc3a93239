import { readFileSync, writeFileSync } from 'node:fs';
import { readResults, withBenchTable } from './readme.js';
import { readShipped, withShippedTable } from './shipped-report.js';

/**
 * Rewrites the README's performance table from bench/results/latest.json.
 *   npm run bench:readme              rewrite README.md
 *   npm run bench:readme -- --check   exit 1 when README.md is stale
 */

const readme = readFileSync('README.md', 'utf8');
const fresh = await withShippedTable(await withBenchTable(readme, readResults()), readShipped());
if (process.argv.includes('--check')) {
  if (fresh !== readme) {
    console.error('README.md is out of date with bench/results/: run npm run bench:readme');
    process.exit(1);
  }
} else writeFileSync('README.md', fresh);
