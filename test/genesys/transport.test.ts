import { describe, expect, it } from 'vitest';
import { classifyNetworkError, readCapped } from '../../src/genesys/transport.js';

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

describe('readCapped', () => {
  const body = (chunks: Buffer[]) => ({
    destroyed: false,
    async *[Symbol.asyncIterator]() {
      yield* chunks;
    },
    destroy() {
      this.destroyed = true;
    },
  });

  it('decodes a character whose bytes arrive in two chunks', async () => {
    const bytes = Buffer.from('{"name":"Zürich ☎ 𝄞"}', 'utf8');
    // Cut inside the 4-byte 𝄞 and the 3-byte ☎: a per-chunk toString would give U+FFFD.
    const cuts = [bytes.indexOf(0xe2) + 1, bytes.indexOf(0xf0) + 2];
    const chunks = [
      bytes.subarray(0, cuts[0]),
      bytes.subarray(cuts[0], cuts[1]),
      bytes.subarray(cuts[1]),
    ];
    expect(await readCapped(body(chunks), 1024)).toBe('{"name":"Zürich ☎ 𝄞"}');
  });

  it('refuses a body past the limit and closes it', async () => {
    const stream = body([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')]);
    await expect(readCapped(stream, 1000)).rejects.toMatchObject({
      failure: { code: 'RESPONSE_TOO_LARGE' },
    });
    expect(stream.destroyed).toBe(true);
  });
});
