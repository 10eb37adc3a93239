import { describe, expect, it } from 'vitest';
import { validateManifestFile } from '../../src/manifest/validate.js';
import { cli } from '../support/cli.js';

describe('valid manifests', () => {
  it('accepts the example manifest, with one warning about default above the policy maximum', async () => {
    const run = await cli(['validate', '--manifest', 'examples/gc-timeouts.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'examples/gc-timeouts.yaml is valid (8 entries): 0 errors, 1 warning',
    );
    expect(run.stdout).toMatch(
      /gc-timeouts\.yaml:\d+:21: warning: actions\[7\]\.timeoutSeconds is default/,
    );
  });

  it('starts the example with the yaml-language-server schema line', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile('examples/gc-timeouts.yaml', 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schemas/gc-timeouts.schema.json',
    );
  });

  it('accepts flow style, modest anchors, globs with braces, default, and names full of punctuation', async () => {
    const result = await validateManifestFile('test/fixtures/valid/anchors-and-flow.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.manifest?.actions).toHaveLength(5);
    expect(result.manifest?.actions[1]?.reason).toBe('CRM p99 is 6 s');
    expect(result.manifest?.actions[2]?.timeoutSeconds).toBe('default');
    expect(result.manifest?.policy?.unmanaged).toBe('fail');
  });

  it('prints a machine-readable report with --format json', async () => {
    const run = await cli([
      'validate',
      '-m',
      'test/fixtures/valid/anchors-and-flow.yaml',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      valid: true,
      manifest: 'test/fixtures/valid/anchors-and-flow.yaml',
      errors: 0,
      warnings: 0,
      diagnostics: [],
    });
  });
});

describe('validate command line', () => {
  it('exits 2 with a pointer to --help on an unknown flag', async () => {
    const run = await cli(['validate', '--manfest', 'x.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--manfest'");
    expect(run.stderr).toContain('gc-timeouts validate --help');
  });

  it('exits 2 on a bad --format', async () => {
    const run = await cli(['validate', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format must be one of text, json (got "xml")');
  });

  it('exits 1 and names the file when the manifest does not exist', async () => {
    const run = await cli(['validate', '--manifest', 'nope/missing.yaml']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot read manifest nope/missing.yaml: no such file');
  });

  it('documents every command with --help', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('validate');
    const sub = await cli(['validate', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('Exit codes: 0 valid, 1 invalid, 2 usage error.');
  });

  it('exits 2 on an unknown command and lists the commands', async () => {
    const run = await cli(['valdate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "valdate"');
  });
});
