import { mkdtemp, rm, symlink, writeFile, mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArchyFlow } from '../../src/manifest/archy-flows.js';
import { readRepoFlows } from '../../src/manifest/flow-files.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('Archy YAML flow files', () => {
  it('finds each callData block with its line, integration, action and timeout', async () => {
    const text = await readFile('examples/flows/main-ivr.yaml', 'utf8');
    const parsed = parseArchyFlow(text, 'flows/main-ivr.yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const lines = text.split('\n');
    expect(parsed.calls.map((c) => [c.integration, c.action, c.timeout, c.flow])).toEqual([
      ['Salesforce', 'Lookup Account by Phone', '1 minute', 'Main IVR'],
      ['ERP Web Services', 'Get Customer Order', '5 seconds', 'Main IVR'],
    ]);
    for (const c of parsed.calls) expect(lines[c.line - 1]).toMatch(/^\s*- callData:$/);
  });

  it('reports a file that is not YAML instead of failing', () => {
    expect(parseArchyFlow('a: [1, 2', 'x.yaml')).toMatchObject({ ok: false });
    expect(parseArchyFlow('just text', 'x.yaml')).toEqual({ ok: true, calls: [] });
  });

  it('reads the files a glob names, inside the workspace only, never through a symlink', async () => {
    dir = await mkdtemp(join(tmpdir(), 'gc-archy-'));
    await mkdir(join(dir, 'flows', 'ivr'), { recursive: true });
    const call =
      'inboundCall:\n  name: A\n  actions:\n    - callData:\n        category:\n          ERP:\n            dataAction:\n              Get Order: {}\n';
    await writeFile(join(dir, 'flows', 'top.yaml'), call);
    await writeFile(join(dir, 'flows', 'ivr', 'deep.yaml'), call);
    await writeFile(join(dir, 'flows', 'broken.yaml'), 'a: [');
    await writeFile(join(dir, 'flows', 'notes.txt'), call);
    await symlink('/etc/passwd', join(dir, 'flows', 'link.yaml'));
    const read = await readRepoFlows(['flows/**/*.yaml'], { root: dir });
    expect(read.files).toEqual(['flows/ivr/deep.yaml', 'flows/top.yaml']);
    expect(read.calls.map((c) => `${c.file}:${c.line} ${c.integration}/${c.action}`)).toEqual([
      'flows/ivr/deep.yaml:4 ERP/Get Order',
      'flows/top.yaml:4 ERP/Get Order',
    ]);
    expect(read.notes).toEqual([
      expect.stringMatching(/^flow file flows\/broken\.yaml not read: not valid YAML/),
    ]);
  });
});
