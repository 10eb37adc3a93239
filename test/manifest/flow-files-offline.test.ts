import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { readRepoFlows } from '../../src/manifest/flow-files.js';
import { requireValidManifest } from '../../src/manifest/validate.js';
import { callsOfEntry } from '../../src/plan/repo-flows.js';
import { offlineFlowLines } from '../../src/render/flows.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

it('shows, offline and without credentials (a fork pull request), which flow files call each entry', async () => {
  dir = await mkdtemp(join(tmpdir(), 'gc-offline-'));
  const example = await readFile('examples/gc-timeouts.yaml', 'utf8');
  await writeFile(
    join(dir, 'gc-timeouts.yaml'),
    example.replace(/^policy:/m, 'flows:\n  - flows/**/*.yaml\n\npolicy:'),
  );
  await cp('examples/flows', join(dir, 'flows'), { recursive: true });
  const valid = await requireValidManifest(join(dir, 'gc-timeouts.yaml'));
  const repo = await readRepoFlows(valid.manifest.flows ?? [], { root: dir });
  const lines = offlineFlowLines(
    valid.manifest.actions.map((entry) => ({
      label: entry.name ?? entry.id ?? JSON.stringify(entry.match),
      calls: callsOfEntry(entry, repo.calls),
    })),
  );
  console.log(lines.join('\n'));
  expect(lines[0]).toBe('Flow files in the repository that call the managed actions:');
  expect(lines).toContainEqual(
    expect.stringMatching(
      /^ {2}Get Customer Order: called from flows\/main-ivr\.yaml:\d+ \(Main IVR\), timeout 5 seconds, flows\/where-is-my-order\.yaml:\d+ \(Where Is My Order\), timeout 30 seconds; the YAML cannot tell/,
    ),
  );
  // `match: {category: Salesforce, name: 'Lookup *'}` reaches the phone lookup by glob too.
  expect(
    lines.filter((l) => l.includes('Lookup Account by Phone') || l.includes('"Lookup *"')),
  ).not.toEqual([]);
});
