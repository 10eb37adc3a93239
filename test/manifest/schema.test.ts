import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { knownRegionSpellings } from '../../src/genesys/regions.js';
import { manifestSchema } from '../../src/manifest/schema.js';

type SchemaNode = Record<string, unknown>;

function* objectSchemas(node: unknown, path = '#'): Generator<[string, SchemaNode]> {
  if (node === null || typeof node !== 'object') return;
  const schema = node as SchemaNode;
  if (schema['type'] === 'object') yield [path, schema];
  for (const [key, child] of Object.entries(schema)) {
    if (key === 'enum' || key === 'examples' || key === 'const') continue;
    if (!Array.isArray(child)) yield* objectSchemas(child, `${path}/${key}`);
    else for (const [i, c] of child.entries()) yield* objectSchemas(c, `${path}/${key}/${i}`);
  }
}

describe('the manifest JSON Schema', () => {
  it('is a valid draft 2020-12 schema', () => {
    const ajv = new Ajv2020();
    expect(manifestSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(manifestSchema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('closes every object and documents every property for editors', () => {
    const objects = [...objectSchemas(manifestSchema)];
    expect(objects.length).toBeGreaterThanOrEqual(5);
    for (const [path, schema] of objects) {
      // `if: { type: object }` only tests the kind of a value; the branch it picks is checked here.
      if (path.endsWith('/if')) continue;
      const values = schema['additionalProperties'];
      if (typeof values === 'object' && values !== null) {
        // A mapping keyed by environment name: no fixed keys, and every value has a schema.
        expect(schema['properties'], path).toBeUndefined();
        expect(Object.keys(values).length, path).toBeGreaterThan(0);
        continue;
      }
      expect(values, path).toBe(false);
      const properties = (schema['properties'] ?? {}) as Record<string, SchemaNode>;
      for (const [name, property] of Object.entries(properties)) {
        expect(typeof property['title'], `${path}.${name} title`).toBe('string');
        expect(typeof property['description'], `${path}.${name} description`).toBe('string');
      }
    }
  });

  it('accepts exactly the regions the client knows', () => {
    const region = manifestSchema.properties.org.properties.region;
    expect([...region.enum].sort()).toEqual(knownRegionSpellings().sort());
    expect(region.enum).toHaveLength(36);
  });
});
