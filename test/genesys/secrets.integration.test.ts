import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createGenesysClient, type GenesysClient } from '../../src/genesys/client.js';
import type { ClientEvent } from '../../src/genesys/events.js';
import { clientSecrets } from '../../src/genesys/secrets.js';
import { Redactor } from '../../src/util/redact.js';
import {
  BASIC,
  CLIENT_ID,
  CLIENT_SECRET,
  fakeClock,
  json,
  startFakeGenesys,
  tokenRoute,
  tokenValue,
  type FakeGenesys,
} from './helpers/fake-genesys.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';

const FORBIDDEN = [CLIENT_SECRET, BASIC, ...[1, 2, 3, 4].map(tokenValue)];

function leaks(value: unknown): string[] {
  const texts = [
    value instanceof Error ? value.message : '',
    JSON.stringify(value) ?? '',
    inspect(value, { depth: 10, showHidden: true }),
    value instanceof Error ? inspect(value.cause) : '',
  ];
  return FORBIDDEN.filter((secret) => texts.some((t) => t.includes(secret)));
}

let fake: FakeGenesys | undefined;
let client: GenesysClient | undefined;
afterEach(async () => {
  await client?.close();
  await fake?.close();
  client = fake = undefined;
});

describe('credentials never leak', () => {
  it('from errors and events, even when the server echoes them back', async () => {
    const issue = tokenRoute();
    let logins = 0;
    fake = await startFakeGenesys(
      (req, res) => {
        const auth = req.headers.authorization ?? '';
        if (req.path.includes('/echo401')) {
          json(res, 401, {
            message: `Token ${auth.slice(7)} is not valid (${auth})`,
            code: 'bad.credentials',
          });
        } else if (req.path.includes('/echo400')) {
          json(res, 400, { message: 'Bad Request', errors: [{ message: `header was ${auth}` }] });
        } else if (req.path.includes('/reset')) {
          res.socket?.destroy();
        } else if (req.path.includes('/stall')) {
          // never answers
        } else json(res, 503, { message: `unavailable for ${auth}` }, { 'retry-after': '1' });
      },
      {
        token: (req, res) => {
          logins += 1;
          if (logins === 1) {
            json(res, 400, {
              error: 'invalid_request',
              error_description: `rate limit exceeded for ${req.headers.authorization}`,
            });
          } else void issue(req, res);
        },
      },
    );
    const events: ClientEvent[] = [];
    const clock = fakeClock();
    client = createGenesysClient({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      endpoint: resolveEndpoint({ apiBaseUrl: fake.url }),
      requestTimeoutMs: 100,
      retry: { maxRetries: 1 },
      now: clock.now,
      sleep: clock.sleep,
      onEvent: (e) => events.push(e),
    });
    const errors = await Promise.all(
      ['echo401', 'echo400', 'reset', 'stall', 'busy'].map((id) =>
        client!.getAction(id).then(
          () => new Error(`expected ${id} to fail`),
          (e: unknown) => e,
        ),
      ),
    );
    expect(errors.map((e) => (e as { kind?: string }).kind)).toEqual([
      'auth',
      'validation',
      'network',
      'timeout',
      'server',
    ]);
    for (const error of errors) expect(leaks(error)).toEqual([]);
    expect(events.length).toBeGreaterThan(3);
    expect(leaks(events)).toEqual([]);
    expect((errors[1] as Error).message).toContain('header was Bearer ***');
  });

  it('from a failed login that echoes the Basic header', async () => {
    fake = await startFakeGenesys(() => undefined, {
      token: (req, res) =>
        json(res, 401, {
          error: 'invalid_client',
          error_description: `bad ${req.headers.authorization}`,
        }),
    });
    client = createGenesysClient({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      endpoint: resolveEndpoint({ apiBaseUrl: fake.url }),
    });
    const error = await client.listActions().catch((e: unknown) => e);
    expect((error as { kind?: string }).kind).toBe('auth');
    expect(leaks(error)).toEqual([]);
  });
});

describe("the client's view of the run's redactor", () => {
  it('masks registered values and unregistered bearer/basic credentials, as every channel does', () => {
    const run = new Redactor();
    const r = clientSecrets(run);
    r.add('s3cr3t-value');
    r.add('abc'); // too short to matter, and would wreck ordinary text
    expect(r.scrub('a s3cr3t-value b s3cr3t-value')).toBe('a *** b ***');
    expect(r.scrub('Authorization: Bearer eyJhbGciOi.xyz')).toBe('Authorization: Bearer ***');
    expect(r.scrub('abc')).toBe('abc');
    // One redactor: what the client learnt is masked on the face's channels too.
    expect(run.redact('echo s3cr3t-value')).toBe('echo ***');
  });
});
