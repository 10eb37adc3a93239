// JSON Schemas of the Genesys Cloud models gc-timeouts reads and sends, generated from the official
// JS SDK's declarations (purecloud-platform-client-v2 `index.d.ts`, `declare namespace Models`), the
// closest machine-readable contract within reach (GENESYS_API.md §12). The tests check every body the
// simulator answers and every body the client sends against them (test/contract/).
//
// The TypeScript compiler API (already a dev dependency) reads the declarations: the models are plain
// interfaces of quoted properties whose types are primitives, `Array<T>`, `{ [key: string]: T }`,
// `Models.X` and string-literal unions, so a 100-line walk covers them exactly, with no new
// dependency, and refuses (exits 1) on any type form it does not know rather than guess.
//
//   node scripts/generate-genesys-schemas.mjs          # rewrite schemas/genesys/*.json
//   node scripts/generate-genesys-schemas.mjs --check  # exit 1 if any is stale
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const SDK = 'node_modules/purecloud-platform-client-v2';
const OUT = 'schemas/genesys';

/** The models served or sent (GENESYS_API.md §1, §2, §9, §11); what they reference comes along. */
export const MODELS = [
  'Action',
  'ActionConfig',
  'RequestConfig',
  'ResponseConfig',
  'UpdateActionInput',
  'UpdateDraftInput',
  'ActionEntityListing',
  'CategoryEntityListing',
  'ErrorBody',
  'FunctionConfig',
  'Function',
  'FunctionRuntime',
  'PublishDraftInput',
  'DraftValidationResult',
  'Integration',
  'IntegrationEntityListing',
  'ActionAggregationQuery',
  'ActionAggregateQueryResponse',
  'ActionAsyncAggregationQuery',
  'AsyncQueryResponse',
  'AsyncQueryStatus',
  'ActionAsyncAggregateQueryResponse',
  'ConsumingResourcesEntityListing',
];

function modelsOf(source) {
  const models = new Map();
  const visit = (node) => {
    if (ts.isModuleDeclaration(node) && node.name.text === 'Models' && node.body) {
      for (const statement of node.body.statements) {
        if (ts.isInterfaceDeclaration(statement)) models.set(statement.name.text, statement);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return models;
}

function typeSchema(type, refs) {
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.ObjectKeyword:
    case ts.SyntaxKind.AnyKeyword:
      // Free-form in the SDK (JSON schemas of a contract, `config` of an integration): any JSON.
      return {};
    case ts.SyntaxKind.ArrayType:
      return { type: 'array', items: typeSchema(type.elementType, refs) };
    case ts.SyntaxKind.UnionType:
      if (type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)))
        return { type: 'string', enum: type.types.map((t) => t.literal.text) };
      break;
    case ts.SyntaxKind.TypeLiteral: {
      const [index] = type.members;
      if (type.members.length === 1 && ts.isIndexSignatureDeclaration(index))
        return { type: 'object', additionalProperties: typeSchema(index.type, refs) };
      break;
    }
    case ts.SyntaxKind.TypeReference: {
      const name = type.typeName.getText();
      if (name === 'Array' && type.typeArguments?.length === 1)
        return { type: 'array', items: typeSchema(type.typeArguments[0], refs) };
      if (name === 'Date') return { type: 'string' };
      if (name.startsWith('Models.')) {
        refs.add(name.slice('Models.'.length));
        return { $ref: `#/$defs/${name.slice('Models.'.length)}` };
      }
      break;
    }
  }
  throw new Error(`unsupported type form: ${type.getText()}`);
}

function interfaceSchema(decl, refs) {
  const properties = {};
  const required = [];
  for (const member of decl.members) {
    if (!ts.isPropertySignature(member) || member.type === undefined)
      throw new Error(`${decl.name.text}: unsupported member ${member.getText()}`);
    const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
    properties[name] = typeSchema(member.type, refs);
    if (member.questionToken === undefined) required.push(name);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

/** One self-contained schema per model: the model, and every model it reaches in `$defs`. */
function schemaFor(root, models, source) {
  const defs = {};
  const pending = [root];
  while (pending.length > 0) {
    const name = pending.shift();
    if (defs[name] !== undefined) continue;
    const decl = models.get(name);
    if (decl === undefined) throw new Error(`model ${name} is not declared in the SDK`);
    const refs = new Set();
    defs[name] = interfaceSchema(decl, refs);
    pending.push(...[...refs].sort());
  }
  const sorted = Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((k) => [k, defs[k]]),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://gc-timeouts.invalid/schemas/genesys/${root}.json`,
    title: root,
    'x-generated-from': source,
    $ref: `#/$defs/${root}`,
    $defs: sorted,
  };
}

export function generate() {
  const pkg = JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8'));
  const text = readFileSync(join(SDK, 'index.d.ts'), 'utf8');
  const source = ts.createSourceFile('index.d.ts', text, ts.ScriptTarget.Latest, true);
  const models = modelsOf(source);
  const from = {
    package: `${pkg.name}@${pkg.version}`,
    file: 'index.d.ts',
    sha256: createHash('sha256').update(text).digest('hex'),
    by: 'scripts/generate-genesys-schemas.mjs (do not edit by hand)',
  };
  const files = new Map();
  for (const model of MODELS) {
    files.set(`${model}.json`, `${JSON.stringify(schemaFor(model, models, from), null, 2)}\n`);
  }
  return files;
}

function main() {
  const check = process.argv.includes('--check');
  const files = generate();
  mkdirSync(OUT, { recursive: true });
  const present = readdirSync(OUT).filter((f) => f.endsWith('.json'));
  const stale = [...files].filter(([name, body]) => {
    try {
      return readFileSync(join(OUT, name), 'utf8') !== body;
    } catch {
      return true;
    }
  });
  const extra = present.filter((name) => !files.has(name));
  if (check) {
    if (stale.length === 0 && extra.length === 0) return;
    const names = [...stale.map(([n]) => n), ...extra].join(', ');
    process.stderr.write(
      `${OUT} is stale (${names}): run node scripts/generate-genesys-schemas.mjs\n`,
    );
    process.exit(1);
  }
  for (const name of extra) rmSync(join(OUT, name));
  for (const [name, body] of stale) writeFileSync(join(OUT, name), body);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
