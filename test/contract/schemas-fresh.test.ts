import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate-genesys-schemas.mjs';

describe('schemas/genesys', () => {
  it('are what the generator makes of the installed SDK (node scripts/generate-genesys-schemas.mjs)', () => {
    const files = generate();
    expect(files.size).toBeGreaterThanOrEqual(20);
    for (const [name, body] of files) {
      expect(readFileSync(join('schemas/genesys', name), 'utf8'), name).toBe(body);
    }
  }, 60_000);
});
