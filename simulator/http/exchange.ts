import type { IncomingMessage } from 'node:http';
import { ApiError, notFound } from '../errors.js';
import type { SimulatorState } from '../state.js';
import { matchRoute, type Route } from './router.js';

/** Request bodies in, replies out: the pieces of one HTTP exchange that know no server. */

const MAX_BODY_BYTES = 1024 * 1024;

export interface Reply {
  status: number;
  json?: unknown;
  text?: string;
  /** For `text`; default text/plain (a lying proxy serves HTML). */
  contentType?: string;
  headers?: Record<string, string>;
}

export function tooLarge(): ApiError {
  return new ApiError(413, 'request.entity.too.large', 'The request entity is too large.');
}

/** The whole body as text; rejects with a 413 ApiError past 1 MiB. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** An ErrorBody reply; anything that is not an ApiError is a 500 without internals. */
export function errorReply(error: unknown, correlationId: string): Reply {
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError(
          500,
          'internal.server.error',
          'The server encountered an unexpected condition.',
        );
  const reply: Reply = { status: apiError.status, json: apiError.toBody(correlationId) };
  if (apiError.extras.retryAfterSeconds !== undefined) {
    reply.headers = { 'Retry-After': String(apiError.extras.retryAfterSeconds) };
  }
  return reply;
}

/** A JSON body: with `strict`, 415 for another media type; 400 for malformed JSON. */
export function parseJsonBody(
  raw: string,
  contentType: string | undefined,
  strict: boolean,
): unknown {
  if (raw.trim() === '') return undefined;
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (strict && mediaType !== 'application/json') {
    throw new ApiError(
      415,
      'unsupported.media.type',
      'Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.',
    );
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ApiError(
      400,
      'bad.request',
      'The request could not be understood by the server due to malformed syntax.',
    );
  }
}

export function routeReply(
  routes: readonly Route[],
  state: SimulatorState,
  method: string,
  url: URL,
  body: unknown,
  correlationId: string,
): Reply {
  const match = matchRoute(routes, method, url.pathname);
  if (match.kind === 'not-found') throw notFound();
  if (match.kind === 'method-not-allowed') {
    throw new ApiError(405, 'method.not.allowed', `${method} is not allowed on ${url.pathname}.`);
  }
  return match.handler({
    method,
    params: match.params,
    query: url.searchParams,
    body,
    state,
    correlationId,
  });
}

/** POST /oauth/token, answered in the OAuth error shape rather than ErrorBody. */
export function oauthReply(
  state: SimulatorState,
  method: string,
  headers: IncomingMessage['headers'],
  raw: string,
): Reply & { token?: string } {
  if (method !== 'POST') {
    const description = 'The token endpoint accepts POST only.';
    return {
      status: 405,
      json: { error: 'invalid_request', description, error_description: description },
    };
  }
  const outcome = state.tokens.exchange(headers.authorization, headers['content-type'], raw);
  if (!('label' in outcome)) return { status: outcome.status, json: outcome.body };
  const { access_token, token_type, expires_in, label } = outcome;
  return { status: 200, json: { access_token, token_type, expires_in }, token: label };
}
