import { describe, expect, it } from 'vitest';
import { resolveMode } from '../../src/action/mode.js';

const event = (
  eventName: string,
  ref = 'refs/heads/main',
  defaultBranch: string | undefined = 'main',
) => ({ eventName, ref, defaultBranch });

describe('resolveMode', () => {
  it.each([
    ['pull_request', 'plan'],
    ['pull_request_target', 'plan'],
    ['push', 'apply'],
    ['schedule', 'drift'],
    ['workflow_dispatch', 'drift'],
    ['release', 'validate'],
    ['merge_group', 'validate'],
  ] as const)('auto on %s → %s', (name, mode) => {
    expect(resolveMode('auto', event(name))).toBe(mode);
  });

  it('only applies a push to the default branch; other branches validate', () => {
    expect(resolveMode('auto', event('push', 'refs/heads/feature/x'))).toBe('validate');
    expect(resolveMode('auto', event('push', 'refs/tags/v1'))).toBe('validate');
    expect(resolveMode('auto', event('push', 'refs/heads/trunk', 'trunk'))).toBe('apply');
    expect(
      resolveMode('auto', { eventName: 'push', ref: 'refs/heads/main', defaultBranch: undefined }),
    ).toBe('validate');
  });

  it('lets the mode input override the event', () => {
    expect(resolveMode('drift', event('pull_request'))).toBe('drift');
    expect(resolveMode('validate', event('push'))).toBe('validate');
    expect(resolveMode('apply', event('schedule'))).toBe('apply');
  });
});
