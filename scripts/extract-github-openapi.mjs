#!/usr/bin/env node
// Writes test/openapi/github-subset.json: the operations of GitHub's REST API that gc-timeouts uses,
// cut out of GitHub's published OpenAPI description (@octokit/openapi, pinned below) together with
// every component they reference, transitively. The fake GitHub API of the tests
// (test/support/fake-github/) validates each request and response against it.
//
// @octokit/openapi unpacks to about 385 MB, so it is not a dependency: this script fetches the pinned
// tarball with `npm pack`, checks its integrity, extracts only the api.github.com description and
// writes the subset. Same input, same bytes: re-running it rewrites an identical file.
//
//   node scripts/extract-github-openapi.mjs             # fetch with npm pack, write the subset
//   node scripts/extract-github-openapi.mjs --from x.tgz  # use an already downloaded tarball
//   node scripts/extract-github-openapi.mjs --check     # exit 1 if the committed file is stale
//
// To move to a newer description: change VERSION and INTEGRITY (`npm view @octokit/openapi@<v>
// dist.integrity`), re-run, and review the diff of the subset.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@octokit/openapi';
// 23.0.1 is the description the installed @octokit/openapi-types (and so @actions/github's
// Octokit) was generated from: see "octokit"."openapi-version" in its package.json.
const VERSION = '23.0.1';
const INTEGRITY =
  'sha512-YV7d7W2vxt5o8oFpGYnCnXrvBwXj0v6KDdrVY/3HasIiD3iJ0isGVZart6NjpPxA7eIlA5wXc8ZVWQatvm1osw==';
const SOURCE = 'generated/api.github.com.json';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test', 'openapi', 'github-subset.json');
// The operations gc-timeouts and its tests use; the test of the subset reads the same list.
const OPERATIONS = JSON.parse(
  readFileSync(join(ROOT, 'test', 'openapi', 'operations.json'), 'utf8'),
);

function fail(message) {
  console.error(`extract-github-openapi: ${message}`);
  process.exit(1);
}

/** Fetches (or reads) the pinned tarball and returns the parsed api.github.com description. */
function loadDescription(fromTarball) {
  const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-openapi-'));
  try {
    let tarball = fromTarball ? resolve(fromTarball) : undefined;
    if (!tarball) {
      execFileSync(
        'npm',
        ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', dir, '--silent'],
        { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' },
      );
      const packed = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
      if (packed.length !== 1) fail(`npm pack left ${packed.length} tarballs in ${dir}`);
      tarball = join(dir, packed[0]);
    }
    const bytes = readFileSync(tarball);
    const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
    if (integrity !== INTEGRITY) {
      fail(`${tarball}: integrity ${integrity}, expected ${INTEGRITY} (${PACKAGE}@${VERSION})`);
    }
    const member = `package/${SOURCE}`;
    execFileSync('tar', ['-xzf', tarball, '-C', dir, member], { stdio: 'inherit' });
    const description = JSON.parse(readFileSync(join(dir, member), 'utf8'));
    if (description.info?.version !== VERSION) {
      fail(`${SOURCE} says info.version ${description.info?.version}, expected ${VERSION}`);
    }
    return description;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function decodePointerToken(token) {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Resolves a local reference ("#/components/schemas/issue") against the description. */
function resolveRef(description, ref) {
  if (!ref.startsWith('#/components/')) fail(`unsupported $ref ${ref}`);
  let node = description;
  for (const token of ref.slice(2).split('/')) {
    node = node?.[decodePointerToken(token)];
  }
  if (node === undefined) fail(`dangling $ref ${ref}`);
  return node;
}

/** Every "#/components/..." reference reachable from `roots`, transitively. */
function collectRefs(description, roots) {
  const seen = new Set();
  const pending = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          if (!seen.has(value)) {
            seen.add(value);
            pending.push(resolveRef(description, value));
          }
        } else {
          pending.push(value);
        }
      }
    }
  }
  return seen;
}

function buildSubset(description) {
  const wanted = new Set(OPERATIONS);
  const found = new Set();
  const paths = {};
  for (const [path, item] of Object.entries(description.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation || !wanted.has(operation.operationId)) continue;
      if (found.has(operation.operationId)) fail(`operationId ${operation.operationId} twice`);
      found.add(operation.operationId);
      paths[path] ??= item.parameters ? { parameters: item.parameters } : {};
      paths[path][method] = operation;
    }
  }
  const missing = OPERATIONS.filter((id) => !found.has(id));
  if (missing.length > 0) fail(`operations not in ${SOURCE}: ${missing.join(', ')}`);

  const components = {};
  const refs = [...collectRefs(description, [paths])].sort();
  for (const ref of refs) {
    const [, , kind, ...rest] = ref.split('/');
    const name = decodePointerToken(rest.join('/'));
    components[kind] ??= {};
    components[kind][name] = description.components[kind][name];
  }
  const sortedComponents = {};
  for (const kind of Object.keys(components).sort()) {
    sortedComponents[kind] = {};
    for (const name of Object.keys(components[kind]).sort()) {
      sortedComponents[kind][name] = components[kind][name];
    }
  }

  return {
    'x-gc-timeouts-subset': {
      package: PACKAGE,
      version: VERSION,
      integrity: INTEGRITY,
      source: SOURCE,
      generator: 'scripts/extract-github-openapi.mjs',
      operations: OPERATIONS,
      note: 'Only the listed operations and the components they reference; otherwise verbatim.',
    },
    openapi: description.openapi,
    info: description.info,
    servers: description.servers,
    paths,
    components: sortedComponents,
  };
}

function main(argv) {
  const check = argv.includes('--check');
  const fromIndex = argv.indexOf('--from');
  const from = fromIndex >= 0 ? argv[fromIndex + 1] : undefined;
  if (fromIndex >= 0 && !from) fail('--from needs a tarball path');

  const text = `${JSON.stringify(buildSubset(loadDescription(from)), null, 2)}\n`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      // missing file: stale
    }
    if (current !== text) fail(`${OUT} is stale; run node scripts/extract-github-openapi.mjs`);
    console.log(`${OUT} is up to date (${PACKAGE}@${VERSION})`);
    return;
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${OPERATIONS.length} operations, ${Buffer.byteLength(text)} bytes`);
}

main(process.argv.slice(2));
