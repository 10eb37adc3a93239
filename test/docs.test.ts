import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionDocs, withActionDocs } from '../scripts/action-docs.mjs';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const action = readFileSync('action.yml', 'utf8');

  it('documents every input and output exactly as action.yml declares them', async () => {
    expect(await withActionDocs(readme, action)).toBe(readme);
    expect(actionDocs(action)).toContain('| `on-plan-change` | `fail` |');
  });

  it('gives the two-command quick start', () => {
    expect(readme).toContain('npm ci && npm run demo\nnpm test\n');
  });
});
