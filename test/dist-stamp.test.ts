import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourcesHash, staleReason, writeStamp } from '../scripts/dist-stamp.mjs';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A checkout in miniature, built: sources, simulator, schema, lockfile, and a stamped dist/. */
function builtCheckout(): string {
  const root = mkdtempSync(join(tmpdir(), 'gc-timeouts-stamp-'));
  made.push(root);
  for (const dir of ['src/plan', 'simulator', 'schemas', 'dist']) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  writeFileSync(join(root, 'src/plan/diff.ts'), 'export const op = "update";\n');
  writeFileSync(join(root, 'simulator/index.ts'), 'export const port = 0;\n');
  writeFileSync(join(root, 'schemas/gc-timeouts.schema.json'), '{}\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  writeFileSync(join(root, 'dist/index.js'), 'bundle\n');
  writeStamp(root);
  return root;
}

describe('the dist/ stamp the e2e tests check', () => {
  it('accepts dist/ built from these sources', () => {
    expect(staleReason(builtCheckout())).toBeUndefined();
  });

  it.each([
    ['a source edited', (root: string) => writeFileSync(join(root, 'src/plan/diff.ts'), 'x\n')],
    ['a source added', (root: string) => writeFileSync(join(root, 'src/plan/new.ts'), 'x\n')],
    ['a source removed', (root: string) => rmSync(join(root, 'src/plan/diff.ts'))],
    ['the simulator edited', (root: string) => writeFileSync(join(root, 'simulator/index.ts'), '')],
    [
      'a schema edited',
      (root: string) => writeFileSync(join(root, 'schemas/gc-timeouts.schema.json'), '[]'),
    ],
    ['the lockfile edited', (root: string) => writeFileSync(join(root, 'package-lock.json'), '{}')],
  ])('refuses dist/ after %s, saying what to run', (_, change) => {
    const root = builtCheckout();
    change(root);
    expect(staleReason(root)).toBe(
      'dist/ is stale: it was built from other sources than these; run npm run build',
    );
  });

  it('refuses a dist/ with no stamp', () => {
    const root = builtCheckout();
    rmSync(join(root, 'dist/sources.sha256'));
    expect(staleReason(root)).toMatch(/^dist\/ is stale: dist\/sources\.sha256 is missing/);
  });

  it('is the same for the same sources anywhere, so a rebuild in CI leaves it unchanged', () => {
    const root = builtCheckout();
    const elsewhere = mkdtempSync(join(tmpdir(), 'gc-timeouts-stamp-copy-'));
    made.push(elsewhere);
    cpSync(root, join(elsewhere, 'clone'), { recursive: true, preserveTimestamps: false });
    expect(sourcesHash(join(elsewhere, 'clone'))).toBe(sourcesHash(root));
    expect(staleReason(join(elsewhere, 'clone'))).toBeUndefined();
  });

  it('ignores dist/ itself and editor dotfiles', () => {
    const root = builtCheckout();
    writeFileSync(join(root, 'dist/index.js'), 'another bundle\n');
    writeFileSync(join(root, 'src/plan/.diff.ts.swp'), 'editor state');
    expect(staleReason(root)).toBeUndefined();
  });
});
