import { describe, expect, it } from 'vitest';
import {
  apiErrorFromResponse,
  describeErrorBody,
  GenesysApiError,
  isVersionMismatch,
  kindForStatus,
} from '../../src/genesys/errors.js';

const scrub = (s: string): string => s;
const respond = (status: number, body: unknown, correlationHeader?: string) =>
  apiErrorFromResponse(
    {
      status,
      bodyText: typeof body === 'string' ? body : JSON.stringify(body),
      correlationHeader,
      method: 'PATCH',
      path: '/api/v2/integrations/actions/custom_-_1',
    },
    scrub,
  );

describe('error mapping', () => {
  it('treats a 409 as a version mismatch', () => {
    const err = respond(409, {
      message: 'Version does not match current version.',
      code: 'conflict',
      status: 409,
    });
    expect(err.kind).toBe('version-mismatch');
    expect(isVersionMismatch(err)).toBe(true);
  });

  it('treats a 400 "does not match the current version" as a version mismatch', () => {
    const err = respond(400, {
      message: 'The version 3 does not match the current version 4',
      code: 'bad.request',
      status: 400,
    });
    expect(err.kind).toBe('version-mismatch');
    expect(isVersionMismatch(err)).toBe(true);
    const nested = respond(400, {
      message: 'Bad Request',
      errors: [{ message: 'Version does not match the current version.' }],
    });
    expect(isVersionMismatch(nested)).toBe(true);
  });

  it('does not treat other 400s, or other errors, as version mismatches', () => {
    expect(isVersionMismatch(respond(400, { message: 'timeoutSeconds must be 1-60' }))).toBe(false);
    expect(isVersionMismatch(new Error('does not match the current version'))).toBe(false);
    expect(isVersionMismatch(undefined)).toBe(false);
  });

  it('maps statuses to kinds', () => {
    expect(kindForStatus(401, '')).toBe('auth');
    expect(kindForStatus(403, '')).toBe('forbidden');
    expect(kindForStatus(404, '')).toBe('not-found');
    expect(kindForStatus(429, '')).toBe('rate-limited');
    expect(kindForStatus(400, 'bad')).toBe('validation');
    expect(kindForStatus(415, '')).toBe('validation');
    expect(kindForStatus(408, '')).toBe('timeout');
    expect(kindForStatus(503, '')).toBe('server');
  });

  it('prefers messageWithParams, nested errors and details over a bare "Bad Request"', () => {
    const err = respond(
      400,
      {
        message: 'Bad Request',
        code: 'bad.request',
        status: 400,
        messageWithParams: 'Value {value} for {field} is out of range',
        messageParams: { value: '61', field: 'timeoutSeconds' },
        contextId: 'ctx-42',
        details: [{ fieldName: 'config.timeoutSeconds', errorCode: 'range' }],
      },
      undefined,
    );
    expect(err.apiMessage).toBe(
      'Value 61 for timeoutSeconds is out of range; config.timeoutSeconds: range',
    );
    expect(err.message).toBe(
      'PATCH /api/v2/integrations/actions/custom_-_1 failed with 400 bad.request: ' +
        'Value 61 for timeoutSeconds is out of range; config.timeoutSeconds: range (correlation id ctx-42)',
    );
    expect(err).toMatchObject({
      status: 400,
      code: 'bad.request',
      correlationId: 'ctx-42',
      kind: 'validation',
    });
    expect(
      describeErrorBody({ message: 'Bad Request', errors: [{ message: 'name is required' }] }),
    ).toBe('name is required');
    expect(describeErrorBody({ message: 'Bad Request' })).toBe('Bad Request');
  });

  it('takes the correlation id from the ININ-Correlation-ID header first', () => {
    const err = respond(500, { message: 'boom', contextId: 'ctx' }, 'hdr-1');
    expect(err.correlationId).toBe('hdr-1');
  });

  it('copes with a body that is not JSON', () => {
    const err = respond(502, '<html>Bad gateway</html>');
    // An HTML page (a proxy's, a load balancer's) is named, not pasted into the message.
    expect(err.apiMessage).toBe('an HTML page (24 characters), not an API answer');
    expect(respond(503, '').apiMessage).toBe('HTTP 503');
  });

  it('serialises to JSON with its fields and without a stack', () => {
    const err = respond(404, { message: 'not found', code: 'not.found' });
    const json = JSON.parse(JSON.stringify(err)) as Record<string, unknown>;
    expect(json).toMatchObject({
      name: 'GenesysApiError',
      kind: 'not-found',
      status: 404,
      method: 'PATCH',
    });
    expect(json.stack).toBeUndefined();
    expect(err).toBeInstanceOf(GenesysApiError);
  });
});
