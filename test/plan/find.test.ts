import { describe, expect, it } from 'vitest';
import { findDirect, indexLive } from '../../src/plan/find.js';
import { action } from './fixtures.js';

const HUGE_ID = `custom_-_${'c'.repeat(100_000)}`;
const live = indexLive(
  [action('Get Customer Order'), action('Lookup Account')],
  [{ id: HUGE_ID }, { name: 'Lookup \u202eAccount' }],
);

describe('looking up an entry by id or name', () => {
  it('never echoes a huge id whole: it is shortened, with its length said', () => {
    const found = findDirect({ id: HUGE_ID }, live);
    expect(found.kind).toBe('problem');
    const message = found.kind === 'problem' ? found.message : '';
    expect(message.length).toBeLessThan(300);
    expect(message).toContain('(100009 characters)');
  });

  it('shows a bidi control in a name escaped, so the message reads as written', () => {
    const found = findDirect({ name: 'Lookup \u202eAccount' }, live);
    const message = found.kind === 'problem' ? found.message : '';
    expect(message).toContain('Lookup \\u202EAccount');
    expect(message).not.toContain('\u202e');
    expect(message).toContain('did you mean "Lookup Account"?');
  });
});
