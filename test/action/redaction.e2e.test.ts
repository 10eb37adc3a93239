import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/run-action.js';

const ID = 'redaction-client-id';
const SECRET = 'Sup3r/Secret+Value=42';

describe('dist/index.js keeps the client secret off every channel', () => {
  it('masks it in annotations, the failure, the job log and the job summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-redaction-'));
    const manifest = join(dir, 'gc.yaml');
    // A manifest quoting the secret (as a file of the environment would), in a value and a key.
    const basic = Buffer.from(`${ID}:${SECRET}`).toString('base64');
    writeFileSync(
      manifest,
      `version: 1\nactions:\n  - name: x\n    timeoutSeconds: "${SECRET}"\n  - name: y\n    timeoutSeconds: "${encodeURIComponent(SECRET)}"\n  - name: z\n    timeoutSeconds: "${basic}"\n`,
    );
    try {
      const run = await runAction({
        mode: 'validate',
        manifest,
        'client-id': ID,
        'client-secret': SECRET,
      });
      expect(run.code).toBe(1);
      // The runner masks what ::add-mask:: names; that line is the one place the value must appear.
      const log = run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      expect(log).toContain('::error');
      expect(log).toContain('got "***"');
      for (const form of [SECRET, encodeURIComponent(SECRET), basic]) {
        expect(log).not.toContain(form);
        expect(run.summary).not.toContain(form);
        expect(run.stderr).not.toContain(form);
      }
      expect(run.summary).toContain('is invalid');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
