// Compiles the JSON Schemas (the manifest's, and the saved plan's) into standalone validator modules, so neither bundle
// carries Ajv's compiler or pays for a compile at every start. The module is committed (tests and
// typecheck need no build step); `npm run build` rewrites it, and a test fails when it is stale.
//
//   node scripts/generate-schema-validator.mjs          write the module
//   node scripts/generate-schema-validator.mjs --check  exit 1 when the committed module is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

// Ajv is CommonJS; require reads it the same way under Node and under Vitest.
const require = createRequire(import.meta.url);
const { Ajv2020 } = require('ajv/dist/2020.js');
const standaloneCode = require('ajv/dist/standalone/index.js').default;

const root = new URL('..', import.meta.url);
export const SCHEMA = 'schemas/gc-timeouts.schema.json';
export const MODULE = 'src/generated/manifest-schema-validator.generated.js';
export const TYPES = 'src/generated/manifest-schema-validator.generated.d.ts';

/** The options the manifest layer has always compiled with: every error at once, strict schema. */
const OPTIONS = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true };

/** Every schema compiled at build time: where it is, where its module goes, and how it compiles. */
export const TARGETS = [
  { schema: SCHEMA, module: MODULE, types: TYPES, what: 'The manifest schema', options: OPTIONS },
  {
    schema: 'schemas/gc-timeouts-plan.schema.json',
    module: 'src/generated/plan-schema-validator.generated.js',
    types: 'src/generated/plan-schema-validator.generated.d.ts',
    what: 'The plan file schema',
    options: { allErrors: true, strict: true, allowUnionTypes: true },
  },
];

// Ajv's ESM output still `require`s its runtime helpers, which an ES module cannot; the helpers it
// needs here are self-contained functions, so they are inlined. Any other helper fails the build.
const RUNTIME = {
  'ajv/dist/runtime/ucs2length': require('ajv/dist/runtime/ucs2length.js').default,
};

const header = (
  schema,
) => `// Generated from ${schema} by scripts/generate-schema-validator.mjs (Ajv, MIT).
// Do not edit: npm run build rewrites it; test/manifest/schema-validator.test.ts fails when stale.
`;

const typesText = (
  target,
) => `${header(target.schema)}import type { ValidateFunction } from 'ajv/dist/2020.js';

/** ${target.what}, compiled by Ajv at build time (\`allErrors\`, strict). */
declare const validate: ValidateFunction;
export default validate;
`;

function inlineRuntime(code) {
  return code.replace(/require\("([^"]+)"\)\.default/g, (_, name) => {
    const helper = RUNTIME[name];
    if (helper === undefined) throw new Error(`${MODULE}: no inline copy of Ajv's ${name}`);
    return `(${helper.toString()})`;
  });
}

/** The module's text and its declaration, as they should be committed for `schema`. */
export async function validatorFiles(schema, target = TARGETS[0]) {
  const parsed = schema ?? JSON.parse(readFileSync(new URL(target.schema, root), 'utf8'));
  const ajv = new Ajv2020({ ...target.options, code: { source: true, esm: true } });
  const code = inlineRuntime(standaloneCode(ajv, ajv.compile(parsed)));
  const config = await resolveConfig(fileURLToPath(new URL(target.module, root)));
  const module = await format(
    `${header(target.schema)}/* eslint-disable */\n${code.replace(/^"use strict";/, '')}`,
    {
      ...config,
      parser: 'babel',
    },
  );
  const types = await format(typesText(target), { ...config, parser: 'typescript' });
  return { [target.module]: module, [target.types]: types };
}

async function main() {
  const files = {};
  for (const target of TARGETS) Object.assign(files, await validatorFiles(undefined, target));
  const check = process.argv.includes('--check');
  for (const [path, text] of Object.entries(files)) {
    const url = new URL(path, root);
    if (!check) writeFileSync(url, text);
    else if (readFileSync(url, 'utf8') !== text) {
      console.error(`${path} is stale: run node scripts/generate-schema-validator.mjs`);
      process.exitCode = 1;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
