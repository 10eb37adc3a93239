import { readFileSync, statSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { describe, expect, it } from 'vitest';

const BUNDLES = ['dist/index.js', 'dist/cli/index.js'];

function sourceMap(bundle: string): { map: SourceMap; sources: string[] } {
  const payload = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as SourceMapPayload;
  return { map: new SourceMap(payload), sources: payload.sources };
}

/** The line (1-based) of `text` in a file. */
function lineOf(file: string, text: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1
  );
}

describe('the committed bundles', () => {
  it('weigh 3 MB at most together, maps aside', () => {
    const bytes = BUNDLES.reduce((sum, b) => sum + statSync(b).size, 0);
    expect(bytes).toBeLessThanOrEqual(3_000_000);
  });

  it.each(BUNDLES)('%s carries one copy of undici and none of the Ajv compiler', (bundle) => {
    const { sources } = sourceMap(bundle);
    const undici = new Set(
      sources.map((s) => /^(.*node_modules\/undici)\//.exec(s)?.[1]).filter(Boolean),
    );
    expect([...undici]).toEqual(['../node_modules/undici']);
    expect(sources.filter((s) => s.includes('node_modules/ajv/'))).toEqual([]);
  });

  it.each(BUNDLES)('%s has a source map that points into the TypeScript sources', (bundle) => {
    const { map } = sourceMap(bundle);
    const lines = readFileSync(bundle, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('function renderJson('));
    const entry = map.findEntry(at, lines[at]?.indexOf('function renderJson(') ?? 0);
    expect(entry).toMatchObject({
      originalSource: expect.stringMatching(/src\/render\/json\.ts$/) as unknown,
      originalLine: lineOf('src/render/json.ts', 'export function renderJson(') - 1,
    });
  });
});
