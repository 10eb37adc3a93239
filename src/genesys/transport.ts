import { getErrorMessage } from '../errors.js';
import { request, type Dispatcher } from 'undici';

/** One HTTP exchange over undici, with a hard deadline covering headers and body. No retries here. */

export interface RawRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Why an exchange produced no response. `transient` failures may succeed on another attempt. */
export type TransportFailure =
  | { type: 'timeout' }
  | { type: 'network'; code: string; sent: 'no' | 'maybe'; transient: boolean; detail: string };

export class TransportError extends Error {
  constructor(readonly failure: TransportFailure) {
    super(failure.type === 'timeout' ? 'timed out' : failure.detail);
    this.name = 'TransportError';
  }
}

// Failures that happen before the request leaves this machine: safe to retry any method.
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);
// The connection broke while the request or its answer was on the wire.
const MAYBE_SENT = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export function classifyNetworkError(error: unknown): TransportFailure {
  const code = errorCode(error) ?? 'UNKNOWN';
  if (TIMEOUTS.has(code)) return { type: 'timeout' };
  const detail = describe(error, code);
  if (NOT_SENT.has(code)) return { type: 'network', code, sent: 'no', transient: true, detail };
  if (MAYBE_SENT.has(code))
    return { type: 'network', code, sent: 'maybe', transient: true, detail };
  return { type: 'network', code, sent: 'maybe', transient: false, detail };
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 4; depth++) {
    if (typeof e !== 'object' || e === null) return undefined;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function describe(error: unknown, code: string): string {
  const message = getErrorMessage(error);
  return message.includes(code) ? message : `${code}: ${message}`;
}

export async function send(
  req: RawRequest,
  options: { timeoutMs: number; dispatcher: Dispatcher | undefined },
): Promise<RawResponse> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const res = await request(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body ?? null,
      signal: controller.signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher }),
    });
    const text = await res.body.text();
    return { status: res.statusCode, headers: res.headers, text };
  } catch (error) {
    if (timedOut) throw new TransportError({ type: 'timeout' });
    throw new TransportError(classifyNetworkError(error));
  } finally {
    clearTimeout(timer);
  }
}
