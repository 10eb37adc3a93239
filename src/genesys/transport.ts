import { StringDecoder } from 'node:string_decoder';
import { getErrorMessage } from '../util/errors.js';
import { request, type Dispatcher } from 'undici';

/** One HTTP exchange over undici, with a hard deadline covering headers and body. No retries here. */

export interface RawRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Where a 2xx body goes as it arrives, instead of into `text` (answers too large to hold whole). */
  sink?: BodySink;
}

/** Takes a body's text piece by piece; never throws (it keeps its own verdict for later). */
export interface BodySink {
  write(text: string): void;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body; empty when it went to the request's sink. */
  text: string;
  /** True when the body went to the request's sink. */
  streamed?: boolean;
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
// The client itself was closed (the run deadline passed): no attempt can succeed now.
const CLOSED = new Set(['UND_ERR_DESTROYED', 'UND_ERR_ABORTED']);
const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export function classifyNetworkError(error: unknown): TransportFailure {
  const code = errorCode(error) ?? 'UNKNOWN';
  if (TIMEOUTS.has(code)) return { type: 'timeout' };
  const detail = describe(error, code);
  if (NOT_SENT.has(code)) return { type: 'network', code, sent: 'no', transient: true, detail };
  if (CLOSED.has(code)) return { type: 'network', code, sent: 'maybe', transient: false, detail };
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

/** The code of an exchange cut off by the run deadline; never retried. */
export const DEADLINE_CODE = 'RUN_DEADLINE';

function deadlineFailure(sent: 'no' | 'maybe'): TransportFailure {
  return {
    type: 'network',
    code: DEADLINE_CODE,
    sent,
    transient: false,
    detail: 'the run deadline passed',
  };
}

export async function send(
  req: RawRequest,
  options: {
    timeoutMs: number;
    dispatcher: Dispatcher | undefined;
    maxResponseBytes?: number;
    /** The run deadline: aborts the exchange wherever it is (connecting, sending, reading). */
    signal?: AbortSignal | undefined;
  },
): Promise<RawResponse> {
  const deadline = options.signal;
  const cutOff = (): boolean => deadline?.aborted === true;
  if (cutOff()) throw new TransportError(deadlineFailure('no'));
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const signal =
    deadline === undefined ? controller.signal : AbortSignal.any([controller.signal, deadline]);
  try {
    const res = await request(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body ?? null,
      signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher }),
    });
    const limit = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
    const sink = res.statusCode >= 200 && res.statusCode < 300 ? req.sink : undefined;
    const text = await readCapped(res.body, limit, sink);
    return {
      status: res.statusCode,
      headers: res.headers,
      text,
      ...(sink === undefined ? {} : { streamed: true }),
    };
  } catch (error) {
    if (error instanceof TransportError) throw error;
    if (cutOff()) throw new TransportError(deadlineFailure('maybe'));
    if (timedOut) throw new TransportError({ type: 'timeout' });
    throw new TransportError(classifyNetworkError(error));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The largest body read. A page of 100 actions with their configs is a few MiB; a body far past
 * that is a misbehaving proxy or server, and reading it whole would exhaust the runner's memory.
 */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * Reads the body, giving up (and closing the stream) as soon as it passes `limit` bytes. With a
 * sink, the text goes there as it is decoded and nothing is returned.
 */
export async function readCapped(
  body: AsyncIterable<Buffer> & { destroy(): unknown },
  limit: number,
  sink?: BodySink,
): Promise<string> {
  // Decoded as it arrives: no copy of the whole body as bytes beside its text (an analytics answer
  // over 100,000 actions is 24 MB; chunks, their concatenation and the text were three copies).
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > limit) {
      body.destroy();
      const mib = Math.round(limit / 1024 / 1024);
      throw new TransportError({
        type: 'network',
        code: 'RESPONSE_TOO_LARGE',
        sent: 'maybe',
        transient: false,
        detail: `the response body is larger than ${mib} MiB; refusing to read it`,
      });
    }
    const text = decoder.write(chunk);
    if (sink === undefined) parts.push(text);
    else sink.write(text);
  }
  if (sink === undefined) return parts.join('') + decoder.end();
  sink.write(decoder.end());
  return '';
}
