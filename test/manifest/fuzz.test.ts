import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { decodeManifest } from '../../src/manifest/decode.js';
import type { Diagnostic } from '../../src/manifest/types.js';
import { validateManifestText, type ValidationResult } from '../../src/manifest/validate.js';
import { seeded } from '../support/seeded.js';

/**
 * Random mutations of real manifests and random YAML documents. Every outcome must be either a
 * valid manifest or at least one error with a line and column inside the file; never a throw. Slow
 * cases (over 2 s) are counted and printed, not failed, so a busy machine cannot make this flaky.
 * Reproduce a run with GC_TIMEOUTS_FUZZ_SEED; make it longer with GC_TIMEOUTS_FUZZ_ITERATIONS.
 */
const SEED = Number(process.env['GC_TIMEOUTS_FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const ITERATIONS = Number(process.env['GC_TIMEOUTS_FUZZ_ITERATIONS'] ?? 600);
const SLOW_MS = 2000;

const CORPUS = [
  readFileSync('examples/gc-timeouts.yaml', 'utf8'),
  ...['valid', 'invalid'].flatMap((dir) =>
    readdirSync(`test/fixtures/${dir}`).map((f) =>
      readFileSync(`test/fixtures/${dir}/${f}`, 'utf8'),
    ),
  ),
];

const TOKENS = [
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  ',',
  ':',
  ': ',
  '- ',
  '? ',
  '#',
  '&a ',
  '*a',
  '<<: *a',
  '!!binary ',
  '!seconds ',
  '%YAML 1.1\n',
  '---\n',
  '...\n',
  '|\n',
  '>-\n',
  '\t',
  '\n',
  '\r\n',
  '  ',
  '\\',
  '\u202E',
  '\u200B',
  '\uFEFF',
  '\u0000',
  '\u0085',
  '😀',
  'é',
  'timeoutSeconds: ',
  'functionTimeoutSeconds: ',
  'match: ',
  'name: ',
  'id: ',
  'policy:\n  maxTimeoutSeconds: ',
  'default',
  '-1',
  '1e9',
  '0x10',
  '.inf',
  'null',
  '~',
  'true',
  '"*(a)*"',
  '"{a,b"',
  '"[a"',
  '*a*a*a*a*a*a*a*a*b',
  'x'.repeat(3000),
  '['.repeat(200),
  '- '.repeat(100),
];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const int = (random: Random, n: number): number => Math.floor(random() * n);

function mutateText(random: Random, text: string): string {
  let out = text;
  const rounds = 1 + int(random, 4);
  for (let i = 0; i < rounds; i++) {
    const at = int(random, out.length + 1);
    const span = int(random, 20);
    switch (int(random, 5)) {
      case 0:
        out = out.slice(0, at) + pick(random, TOKENS) + out.slice(at);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at + span);
        break;
      case 2:
        out =
          out.slice(0, at) + out.slice(at, at + span).repeat(1 + int(random, 5)) + out.slice(at);
        break;
      case 3: {
        const lines = out.split('\n');
        const a = int(random, lines.length);
        const b = int(random, lines.length);
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        out = lines.join('\n');
        break;
      }
      default:
        out = out.slice(0, at) + String.fromCharCode(int(random, 0x3000)) + out.slice(at + 1);
    }
  }
  return out;
}

function mutateBytes(random: Random, text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < 1 + int(random, 3); i++) bytes[int(random, bytes.length)] = int(random, 256);
  return bytes;
}

function randomValue(random: Random, depth: number): unknown {
  const kind = int(random, depth > 3 ? 4 : 7);
  switch (kind) {
    case 0:
      return int(random, 120) - 20;
    case 1:
      return pick(random, [
        'default',
        'Lookup *',
        'ERP',
        '',
        'x'.repeat(int(random, 400)),
        '\u202Eabc',
      ]);
    case 2:
      return pick(random, [null, true, 7.5]);
    case 3:
      return pick(random, TOKENS);
    case 4:
      return Array.from({ length: int(random, 4) }, () => randomValue(random, depth + 1));
    default: {
      const keys = [
        'version',
        'actions',
        'policy',
        'org',
        'name',
        'id',
        'match',
        'timeoutSeconds',
        'functionTimeoutSeconds',
        'reason',
        'category',
        'integration',
        'maxTimeoutSeconds',
        'region',
      ];
      return Object.fromEntries(
        Array.from({ length: int(random, 5) }, () => [
          pick(random, keys),
          randomValue(random, depth + 1),
        ]),
      );
    }
  }
}

function randomManifest(random: Random): string {
  const doc = {
    version: random() < 0.9 ? 1 : randomValue(random, 3),
    ...(random() < 0.5 ? { policy: randomValue(random, 2) } : {}),
    actions: Array.from({ length: int(random, 6) }, () => randomValue(random, 1)),
  };
  return stringify(doc);
}

/** What must hold for every input: a valid manifest, or errors that say where. */
function problemWith(result: ValidationResult, lineCount: number): string | undefined {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.manifest !== undefined)
    return errors.length === 0 ? undefined : 'manifest with errors';
  if (errors.length === 0) return 'invalid without an error';
  const bad = result.diagnostics.find((d) => !positioned(d, lineCount));
  return bad === undefined ? undefined : `unpositioned: ${JSON.stringify(bad).slice(0, 300)}`;
}

function positioned(d: Diagnostic, lineCount: number): boolean {
  return (
    Number.isInteger(d.line) &&
    Number.isInteger(d.column) &&
    d.line >= 1 &&
    d.column >= 1 &&
    d.line <= lineCount + 1 &&
    d.message.length > 0 &&
    !/call stack|undefined|\[object/i.test(d.message)
  );
}

function run(input: string | Buffer): ValidationResult {
  if (typeof input === 'string') return validateManifestText(input, 'fuzz.yaml');
  const text = decodeManifest(input, 'fuzz.yaml');
  return typeof text === 'string'
    ? validateManifestText(text, 'fuzz.yaml')
    : { diagnostics: [text] };
}

describe('manifest fuzzing', () => {
  it(`never crashes and always says where (seed ${SEED})`, () => {
    const random = seeded(SEED);
    const failures: string[] = [];
    const slow: number[] = [];
    const tally = { valid: 0, invalid: 0 };
    for (let i = 0; i < ITERATIONS; i++) {
      const choice = random();
      const base = pick(random, CORPUS);
      const input: string | Buffer =
        choice < 0.55
          ? mutateText(random, base)
          : choice < 0.75
            ? mutateBytes(random, base)
            : randomManifest(random);
      const lines = String(input).split('\n').length;
      const started = performance.now();
      try {
        const result = run(input);
        tally[result.manifest === undefined ? 'invalid' : 'valid']++;
        const problem = problemWith(result, lines);
        if (problem !== undefined)
          failures.push(`case ${i}: ${problem}\n${JSON.stringify(String(input).slice(0, 400))}`);
      } catch (error) {
        failures.push(
          `case ${i}: threw ${String(error).slice(0, 200)}\n${JSON.stringify(String(input).slice(0, 400))}`,
        );
      }
      if (performance.now() - started > SLOW_MS) slow.push(i);
    }
    console.log(
      `manifest fuzz: ${ITERATIONS} cases, seed ${SEED} (GC_TIMEOUTS_FUZZ_SEED), ${tally.valid} valid, ` +
        `${tally.invalid} invalid, ${failures.length} failures, ${slow.length} over ${SLOW_MS} ms${slow.length > 0 ? ` (cases ${slow.join(', ')})` : ''}`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
