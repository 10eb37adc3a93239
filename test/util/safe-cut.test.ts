import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse } from '../../src/genesys/errors.js';
import { clientSecrets } from '../../src/genesys/secrets.js';
import { Redactor } from '../../src/util/redact.js';
import { summarizeBody } from '../../src/util/body.js';
import { cutRedacted } from '../../src/util/safe-cut.js';

const SECRET = 'Zq8vN3kLp0wRt7YbXc2Mh5JdGf9Ks4Ae'; // 32 characters

/** Every 8-character piece of the secret: a fragment that long still narrows a guess. */
function fragmentsOf(secret: string): string[] {
  return Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8));
}

function leaked(text: string): string[] {
  return fragmentsOf(SECRET).filter((f) => text.includes(f));
}

describe('a server that echoes a credential in an error body', () => {
  // Offsets that put the 200-character cut at every position inside the secret.
  const offsets = Array.from({ length: SECRET.length }, (_, i) => 199 - SECRET.length + 1 + i);

  it.each(offsets)('leaves no fragment of it when the cut lands inside it (prefix %i)', (at) => {
    const redactor = clientSecrets(new Redactor());
    redactor.add(SECRET);
    const body = `${'e'.repeat(at - 14)} client id: x ${SECRET} and more text after it ${'z'.repeat(300)}`;
    const error = apiErrorFromResponse(
      { status: 500, bodyText: body, correlationHeader: undefined, method: 'GET', path: '/x' },
      (t) => redactor.scrub(t),
    );
    expect(leaked(error.message)).toEqual([]);
    expect(leaked(error.apiMessage)).toEqual([]);
  });

  it('drops a long unregistered token whole instead of halving it', () => {
    const text = `${'a '.repeat(90)}token ${SECRET} tail ${'b'.repeat(50)}`;
    const cut = cutRedacted(text, 200);
    expect(leaked(cut)).toEqual([]);
    expect(cut).toMatch(/token … \(\d+ characters\)$/);
  });

  it('cuts ordinary words where the limit falls', () => {
    const cut = cutRedacted(`${'word '.repeat(60)}`, 50);
    expect(Array.from(cut.split('…')[0] ?? '').length).toBe(49);
  });

  it('redacts the title of an HTML page before quoting it', () => {
    const page = `<html><head><title>Denied for ${SECRET}</title></head></html>`;
    expect(summarizeBody(page, (t) => t.split(SECRET).join('***'))).not.toContain(
      SECRET.slice(0, 8),
    );
  });
});
