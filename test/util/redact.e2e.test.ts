import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Moved out of redact.test.ts: it runs the CLI bundle as a process, so it belongs to the e2e project.
const ID = 'b7c2e1f0-client-id';
const SECRET = 'S3cr3t/with+odd=chars&more';

describe('the redactor', () => {
  it('keeps the secret out of the real binary output, whatever a manifest echoes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-redact-'));
    const manifest = join(dir, 'gc.yaml');
    // As if the file were the environment: its text is quoted back in the finding.
    writeFileSync(manifest, `version: 1\nactions:\n  - name: x\n    timeoutSeconds: "${SECRET}"\n`);
    let out = '';
    try {
      execFileSync(process.execPath, ['dist/cli/index.js', 'validate', '--manifest', manifest], {
        env: {
          ...process.env,
          GENESYSCLOUD_OAUTHCLIENT_ID: ID,
          GENESYSCLOUD_OAUTHCLIENT_SECRET: SECRET,
        },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const failed = error as { stdout: string; stderr: string };
      out = failed.stdout + failed.stderr;
    }
    expect(out).toContain('timeoutSeconds must be');
    expect(out).toContain('got "***"');
    expect(out).not.toContain('S3cr3t');
  });
});
