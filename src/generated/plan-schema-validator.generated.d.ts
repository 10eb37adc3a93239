// Generated from schemas/gc-timeouts-plan.schema.json by scripts/generate-schema-validator.mjs (Ajv, MIT).
// Do not edit: npm run build rewrites it; test/manifest/schema-validator.test.ts fails when stale.
import type { ValidateFunction } from 'ajv/dist/2020.js';

/** The plan file schema, compiled by Ajv at build time (`allErrors`, strict). */
declare const validate: ValidateFunction;
export default validate;
