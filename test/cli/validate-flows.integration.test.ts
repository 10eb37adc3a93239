import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** The example manifest naming the example flow files, in a workspace of its own. */
async function workspace(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'gc-validate-flows-'));
  const example = await readFile('examples/gc-timeouts.yaml', 'utf8');
  await writeFile(
    join(dir, 'gc-timeouts.yaml'),
    example.replace(/^policy:/m, 'flows:\n  - flows/*.yaml\n\npolicy:'),
  );
  await cp('examples/flows', join(dir, 'flows'), { recursive: true });
  return dir;
}

it('validate shows, offline, the repository flow files that call each entry, and only those', async () => {
  const cwd = await workspace();
  let stdout = '';
  const code = await runCli(['validate', '--manifest', join(cwd, 'gc-timeouts.yaml')], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stdout += t) },
    env: { GITHUB_WORKSPACE: cwd },
    cwd,
  });
  expect(code, stdout).toBe(0);
  expect(stdout).toContain('Flow files in the repository that call the managed actions:');
  expect(stdout).toMatch(
    /^ {2}Get Customer Order: called from flows\/main-ivr\.yaml:\d+ \(Main IVR\)/m,
  );
  // Entries no flow file calls are not listed one by one as "called from no …".
  expect(stdout).not.toContain('no repository flow file');
  expect(stdout).not.toMatch(/^ {2}Score Lead:/m);
});
