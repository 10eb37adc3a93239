import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateManifestFile } from '../../src/manifest/validate.js';
import { readBounded, readWorkspaceFile } from '../../src/util/read-file.js';

const VALID = 'version: 1\nactions:\n  - name: Get Customer Order\n    timeoutSeconds: 15\n';

let workspace: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'gc-timeouts-hostile-'));
  workspace = join(base, 'repo');
  outside = join(base, 'elsewhere');
  mkdirSync(workspace);
  mkdirSync(outside);
});

afterAll(() => {
  delete process.env['GC_TIMEOUTS_TEST_SECRET'];
  rmSync(dirname(workspace), { recursive: true, force: true });
});

async function refusal(name: string): Promise<string> {
  try {
    await validateManifestFile(join(workspace, name), workspace);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} was read`);
}

describe('a manifest is read only as a regular file inside the workspace', () => {
  it('refuses a symlink to /proc/self/environ without quoting a byte of it', async () => {
    process.env['GC_TIMEOUTS_TEST_SECRET'] = 'hunter2-environ-secret';
    symlinkSync('/proc/self/environ', join(workspace, 'environ.yaml'));
    const message = await refusal('environ.yaml');
    expect(message).toMatch(
      /cannot read manifest .*environ\.yaml: it is a symlink that leads outside the workspace/,
    );
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('PATH=');
  });

  it('refuses /proc named directly', async () => {
    const read = await readWorkspaceFile('/proc/self/status', { root: workspace, limit: 1024 });
    expect(read).toMatchObject({ ok: false, kind: 'refused' });
    expect(read.ok ? '' : read.message).toContain('system file');
  });

  it('refuses a symlink to a file outside the workspace, and follows one that stays inside', async () => {
    writeFileSync(join(outside, 'gc.yaml'), VALID);
    symlinkSync(join(outside, 'gc.yaml'), join(workspace, 'out.yaml'));
    expect(await refusal('out.yaml')).toContain('leads outside the workspace');
    writeFileSync(join(workspace, 'real.yaml'), VALID);
    symlinkSync('real.yaml', join(workspace, 'in.yaml'));
    const result = await validateManifestFile(join(workspace, 'in.yaml'), workspace);
    expect(result.manifest?.actions).toHaveLength(1);
  });

  it('refuses a device, reading nothing from /dev/zero', async () => {
    const read = await readWorkspaceFile('/dev/zero', { root: '/dev', limit: 1024 });
    expect(read).toMatchObject({ ok: false, kind: 'refused' });
  });

  it('stops reading at the limit when the size says 0, as /dev/zero does', async () => {
    const handle = await open('/dev/zero', 'r');
    try {
      const read = await readBounded(handle, 1000);
      expect(read).toMatchObject({ ok: false, kind: 'too-large' });
      const { bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, null);
      expect(bytesRead).toBe(1); // still open and readable: the guard stopped, the file did not
    } finally {
      await handle.close();
    }
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(workspace, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(await refusal('pipe.yaml')).toContain('it is a named pipe (FIFO), not a regular file');
  });

  it('names a directory for what it is', async () => {
    mkdirSync(join(workspace, 'dir.yaml'));
    expect(await refusal('dir.yaml')).toContain('it is a directory');
  });
});

describe('a manifest must be UTF-8', () => {
  const write = (name: string, bytes: Buffer): string => {
    const path = join(workspace, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('names UTF-16 with a byte order mark', async () => {
    const path = write(
      'bom16.yaml',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]),
    );
    const [d] = (await validateManifestFile(path, workspace)).diagnostics;
    expect(d?.message).toBe('the manifest is UTF-16 (little-endian); save it as UTF-8');
  });

  it('names UTF-16 without one, by its NUL pattern', async () => {
    const path = write('nobom16.yaml', Buffer.from(VALID, 'utf16le'));
    const [d] = (await validateManifestFile(path, workspace)).diagnostics;
    expect(d?.message).toContain('UTF-16 (little-endian, no byte order mark)');
  });

  it('refuses invalid UTF-8 with its byte position instead of turning it into U+FFFD', async () => {
    const text = Buffer.from(VALID.replace('Get Customer', 'Get Cüstomer'));
    const at = text.indexOf(Buffer.from('ü'));
    text[at] = 0xfc; // Latin-1 ü: a lead byte that starts no valid sequence
    const path = write('latin1.yaml', text);
    const result = await validateManifestFile(path, workspace);
    expect(result.manifest).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'encoding',
        line: 3,
        column: 16,
        message: `invalid UTF-8 at byte ${at} (0xFC): the manifest must be UTF-8 text`,
      }),
    ]);
  });
});
