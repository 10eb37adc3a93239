import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { send, TransportError } from '../../src/genesys/transport.js';
import { apiErrorFromResponse } from '../../src/genesys/errors.js';
import { summarizeBody } from '../../src/util/body.js';

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A server that answers 200 and then sends zeros for as long as anyone reads. */
async function endlessBody(): Promise<{ url: string; sent: () => number }> {
  let sent = 0;
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x30);
    const pump = (): void => {
      while (!res.destroyed && sent < 2 * 1024 ** 3) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => res.destroy());
    pump();
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/api/v2/integrations/actions`, sent: () => sent };
}

describe('hostile responses', () => {
  it('stops reading a body past the size cap instead of buffering it', async () => {
    const { url, sent } = await endlessBody();
    const error = await send(
      { method: 'GET', url, headers: {} },
      { timeoutMs: 10_000, dispatcher: undefined, maxResponseBytes: 1024 * 1024 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).failure).toMatchObject({
      type: 'network',
      code: 'RESPONSE_TOO_LARGE',
      transient: false,
    });
    // The server got to send little more than the cap and the socket buffers, not gigabytes.
    expect(sent()).toBeLessThan(64 * 1024 * 1024);
  });

  it('names an HTML error page by its title instead of pasting it', () => {
    const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${'<p>x</p>'.repeat(5000)}</body></html>`;
    expect(summarizeBody(page)).toMatch(
      /^an HTML page titled "502 Bad Gateway" \(\d+ characters\), not an API answer$/,
    );
    const error = apiErrorFromResponse(
      {
        status: 502,
        bodyText: page,
        correlationHeader: undefined,
        method: 'GET',
        path: '/api/v2/x',
      },
      (t) => t,
    );
    expect(error.message).toContain('an HTML page titled "502 Bad Gateway"');
    expect(error.message.length).toBeLessThan(200);
  });

  it('shortens any other body that is not an API answer', () => {
    expect(summarizeBody('x'.repeat(10_000))).toContain('(10000 characters)');
    expect(summarizeBody('oops \u202E')).toBe('oops \\u202E');
  });
});
