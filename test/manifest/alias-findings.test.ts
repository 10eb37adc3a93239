import { Alias } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateManifestText } from '../../src/manifest/validate.js';

/** `n` invalid entries, half of them aliases of the other half (each anchor used once). */
function aliased(n: number): string {
  const lines = ['version: 1', 'org: { region: us-east-1 }', 'actions:'];
  for (let i = 0; i < n / 2; i++) lines.push(`  - &e${i} { name: a${i}, timeoutSeconds: 999 }`);
  for (let i = 0; i < n / 2; i++) lines.push(`  - *e${i}`);
  return lines.join('\n');
}

describe('findings reached through aliases', () => {
  it('are placed at the alias, with the anchor named', () => {
    const { diagnostics } = validateManifestText(aliased(4), 'm.yaml');
    const last = diagnostics.at(-1);
    expect(last).toMatchObject({ line: 7, column: 5 });
    expect(last?.message).toContain('from the anchor &e1 at line 5');
  });

  afterEach(() => vi.restoreAllMocks());

  // Alias.resolve(doc) walks the whole document; once per finding made 4,000 entries take 75 s.
  it('are placed without walking the document once per finding', () => {
    const walks = vi.spyOn(Alias.prototype, 'resolve');
    const { diagnostics } = validateManifestText(aliased(2000), 'm.yaml');
    expect(diagnostics).toHaveLength(2000);
    expect(diagnostics.filter((d) => d.message.includes('from the anchor'))).toHaveLength(1000);
    // Without a context (the cache toJS keeps), each call is one walk of the document.
    const uncached = walks.mock.calls.filter((args) => (args as unknown[])[1] === undefined);
    expect(uncached.length).toBeLessThan(10);
  });
});
