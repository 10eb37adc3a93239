import { describe, expect, it } from 'vitest';
import { classifyNetworkError } from '../../src/genesys/transport.js';

const err = (code: string, cause?: unknown): Error =>
  Object.assign(new Error(`failed ${code}`), { code, cause });

describe('classifyNetworkError', () => {
  it('knows failures where nothing was sent', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']) {
      expect(classifyNetworkError(err(code))).toMatchObject({
        type: 'network',
        sent: 'no',
        transient: true,
        code,
      });
    }
  });
  it('treats a broken connection as possibly sent', () => {
    for (const code of ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']) {
      expect(classifyNetworkError(err(code))).toMatchObject({ sent: 'maybe', transient: true });
    }
  });
  it('maps undici header/body timeouts to a timeout', () => {
    expect(classifyNetworkError(err('UND_ERR_HEADERS_TIMEOUT'))).toEqual({ type: 'timeout' });
    expect(classifyNetworkError(err('UND_ERR_BODY_TIMEOUT'))).toEqual({ type: 'timeout' });
  });
  it('finds the code on a wrapped cause', () => {
    const wrapped = Object.assign(new Error('fetch failed'), { cause: err('ECONNREFUSED') });
    expect(classifyNetworkError(wrapped)).toMatchObject({ code: 'ECONNREFUSED', sent: 'no' });
  });
  it('does not retry what another attempt cannot fix', () => {
    expect(classifyNetworkError(err('CERT_HAS_EXPIRED'))).toMatchObject({ transient: false });
    expect(classifyNetworkError('weird')).toMatchObject({ code: 'UNKNOWN', transient: false });
  });
});
