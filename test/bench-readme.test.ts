import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, START, readResults, withBenchTable } from '../bench/readme.js';
import { markdownReport } from '../bench/report.js';
import { readShipped, withShippedTable } from '../bench/shipped-report.js';

describe("README's performance table", () => {
  const readme = readFileSync('README.md', 'utf8');
  const results = readResults();

  it('is exactly what bench/readme.ts generates from bench/results/latest.json', async () => {
    expect(await withBenchTable(readme, results)).toBe(readme);
  });

  it('shows every row and figure of the results', () => {
    const section = readme.slice(readme.indexOf(START), readme.indexOf(END));
    expect(results.rows.length).toBeGreaterThan(0);
    expect(
      markdownReport(results)
        .split('\n')
        .filter((l) => l.startsWith('| ')).length,
    ).toBe(
      // The startup figures have a table of their own (npm run bench:startup), not a row here.
      4 +
        results.rows.length +
        [results.figures.memory, results.figures.planBuild, results.figures.dist].filter(
          (f) => f !== null,
        ).length,
    );
    for (const row of results.rows) {
      expect(section).toContain(`${row.ours.seconds.toFixed(2)} s`);
    }
    expect(section).toContain(`${results.figures.planBuild.seconds.toFixed(2)} s`);
  });
});

describe("README's table of the shipped bundles", () => {
  it('is exactly what bench/shipped-report.ts generates from bench/results/shipped-full.json', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const results = readShipped();
    expect(results.rows.some((r) => r.run.startsWith('Action apply'))).toBe(true);
    expect(await withShippedTable(readme, results)).toBe(readme);
  });
});
