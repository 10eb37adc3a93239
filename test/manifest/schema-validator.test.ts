import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  MODULE,
  SCHEMA,
  TARGETS,
  TYPES,
  validatorFiles,
} from '../../scripts/generate-schema-validator.mjs';
import compiled from '../../src/generated/manifest-schema-validator.generated.js';

const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as { properties: Record<string, unknown> };

describe('the schema validator compiled at build time', () => {
  it('is what the schema compiles to today (run node scripts/generate-schema-validator.mjs)', async () => {
    const files = await validatorFiles();
    expect(readFileSync(MODULE, 'utf8')).toBe(files[MODULE]);
    expect(readFileSync(TYPES, 'utf8')).toBe(files[TYPES]);
  });

  it.each(TARGETS.slice(1).map((t) => [t.schema, t] as const))(
    'compiles %s at build time too, and the committed module is current',
    async (_schema, target) => {
      const files = await validatorFiles(undefined, target);
      expect(readFileSync(target.module, 'utf8')).toBe(files[target.module]);
      expect(readFileSync(target.module, 'utf8')).not.toMatch(/\brequire\(|^import /m);
    },
  );

  it('changes with the schema, so a stale module fails the test above', async () => {
    const changed = structuredClone(schema);
    changed.properties['version'] = { const: 2 };
    expect((await validatorFiles(changed))[MODULE]).not.toBe(readFileSync(MODULE, 'utf8'));
  });

  it('is a plain ES module that needs nothing of Ajv at run time', () => {
    const text = readFileSync(MODULE, 'utf8');
    expect(text).not.toMatch(/\brequire\(/);
    expect(text).not.toMatch(/^import /m);
  });

  it('reports exactly the errors a runtime compile reports, astral characters counted once', () => {
    const runtime = new Ajv2020({
      allErrors: true,
      strict: true,
      strictRequired: false,
      allowUnionTypes: true,
    }).compile(schema);
    const documents: unknown[] = [
      { version: 1, actions: [{ name: 'A', timeoutSeconds: 5, reason: '😀'.repeat(500) }] },
      { version: 1, actions: [{ name: 'A', timeoutSeconds: 5, reason: '😀'.repeat(501) }] },
      { version: 2, actions: [{ id: 'x', name: 'y', timeoutSecs: 90 }], extra: true },
      { version: 1, org: { region: 'mars-1' }, actions: [{ match: {}, timeoutSeconds: 'soon' }] },
    ];
    for (const document of documents) {
      expect(compiled(document)).toBe(runtime(document));
      expect(compiled.errors ?? null).toEqual(runtime.errors ?? null);
    }
    expect(compiled(documents[0])).toBe(true);
    expect(compiled(documents[1])).toBe(false);
  });
});
