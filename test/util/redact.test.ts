import { describe, expect, it } from 'vitest';
import { redacted } from '../../src/cli/io.js';
import { Redactor } from '../../src/util/redact.js';

const ID = 'b7c2e1f0-client-id';
const SECRET = 'S3cr3t/with+odd=chars&more';

describe('the redactor', () => {
  it('masks a secret in every encoding it travels in', () => {
    const r = new Redactor();
    r.add(SECRET, ID);
    const forms = [
      SECRET,
      encodeURIComponent(SECRET),
      new URLSearchParams({ s: SECRET }).toString().slice(2),
      JSON.stringify(`a"${SECRET}`).slice(1, -1).slice(3),
      Buffer.from(SECRET).toString('base64'),
      Buffer.from(`${ID}:${SECRET}`).toString('base64'),
      Buffer.from(
        `${encodeURIComponent(ID)}:${new URLSearchParams({ s: SECRET }).toString().slice(2)}`,
      ).toString('base64'),
    ];
    for (const form of forms) {
      const out = r.redact(`before ${form} after`);
      expect(out).toBe('before *** after');
    }
  });

  it('masks credentials by their shape even when nobody registered them', () => {
    const r = new Redactor();
    expect(r.redact('Authorization: Bearer eyJhbGciOi.J9abc-def_123')).toBe(
      'Authorization: Bearer ***',
    );
    expect(r.redact('Authorization: Basic YWJjOmRlZmdoaWprbG1ubw==')).toBe(
      'Authorization: Basic ***',
    );
    expect(r.redact('{"access_token": "tok-123\\"x", "expires_in": 86400}')).toBe(
      '{"access_token": "***", "expires_in": 86400}',
    );
    expect(r.redact('grant_type=client_credentials&client_secret=abc%2Fdef&x=1')).toBe(
      'grant_type=client_credentials&client_secret=***&x=1',
    );
  });

  it('tells the host each new secret once, as given (the Action masks it in the runner too)', () => {
    const heard: string[] = [];
    const r = new Redactor((secret) => heard.push(secret));
    r.add(SECRET, ID);
    r.add(SECRET);
    r.add('abc');
    expect(heard).toEqual([SECRET]);
  });

  it('masks a short echoed token by its shape, but not the words around it', () => {
    const r = new Redactor();
    expect(r.redact('header was Bearer eyJhbGciOi.xyz')).toBe('header was Bearer ***');
    expect(r.redact('Bearer tokenexpired')).toBe('Bearer tokenexpired');
  });

  it('leaves ordinary text alone', () => {
    const r = new Redactor();
    r.add('abc'); // too short to be a chosen secret
    const text = 'Basic authentication failed; Bearer token expired; abc 123';
    expect(r.redact(text)).toBe(text);
  });

  it('sits on the CLI streams, so a registered secret never reaches them', () => {
    let written = '';
    const redactor = new Redactor();
    const stream = redacted({ write: (t: string) => (written += t), isTTY: false }, redactor);
    redactor.add(SECRET, ID);
    stream.write(`secret: ${SECRET}\n`);
    expect(written).toBe('secret: ***\n');
    expect(stream.isTTY).toBe(false);
  });
});
