import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWorkspaceFile } from '../../src/util/write-file.js';
import { cli } from '../support/cli.js';

const ENV_LINE = 'GENESYSCLOUD_OAUTHCLIENT_SECRET=hunter2-very-secret-value';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-links-'));
  writeFileSync(join(dir, '.env'), `${ENV_LINE}\n`);
  return dir;
}

describe('symlinks inside the workspace', () => {
  it('a manifest linked to a .env is refused without quoting it', async () => {
    const dir = workspace();
    symlinkSync(join(dir, '.env'), join(dir, 'gc-timeouts.yaml'));
    const run = await cli(['validate', '--manifest', join(dir, 'gc-timeouts.yaml')], {
      GITHUB_WORKSPACE: dir,
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('is a symlink to');
    expect(run.stdout + run.stderr).not.toContain('hunter2');
    expect(run.stdout + run.stderr).not.toContain('GENESYSCLOUD_OAUTHCLIENT_SECRET=');
  });

  it('--out, --report and export --out never write through a symlink', async () => {
    const dir = workspace();
    const outside = mkdtempSync(join(tmpdir(), 'gc-timeouts-outside-'));
    const target = join(outside, 'bashrc');
    writeFileSync(target, 'original\n');
    symlinkSync(target, join(dir, 'plan.json'));
    symlinkSync(outside, join(dir, 'reports'));
    const root = { root: dir, cwd: dir };

    await expect(writeWorkspaceFile('plan.json', '{}', root)).rejects.toThrow(/is a symlink/);
    await expect(writeWorkspaceFile('reports/apply.json', '{}', root)).rejects.toThrow(
      /leads outside the workspace/,
    );
    expect(readFileSync(target, 'utf8')).toBe('original\n');
    expect(lstatSync(join(dir, 'plan.json')).isSymbolicLink()).toBe(true);

    mkdirSync(join(dir, 'out'));
    await writeWorkspaceFile('out/plan.json', '{"ok":1}', root);
    expect(readFileSync(join(dir, 'out/plan.json'), 'utf8')).toBe('{"ok":1}');
  });
});
