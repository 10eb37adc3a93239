import type { TokenProvider } from './auth.js';
import { assertCredentialsSafe } from './credentials.js';
import {
  deadlineError,
  lastAttemptError,
  notJsonError,
  shapeError,
  transportError,
} from './http-errors.js';
import type { EventSink } from './events.js';
import { ItemsBody } from './json-items.js';
import type { Pacer, StatedLimit } from './pacing.js';
import type { ConcurrencyPool } from './pool.js';
import type { RateBudget } from './rate-budget.js';
import {
  decideRetry,
  parseRetryAfter,
  scaledWait,
  type AttemptOutcome,
  type RetryPolicy,
} from './retry.js';
import type { SecretRedactor } from './secrets.js';
import { answerShapeProblem } from './types.js';
import { DeadlinePassedError, untilAborted } from '../util/deadline.js';
import {
  DEADLINE_CODE,
  TransportError,
  type RawRequest,
  type RawResponse,
  type TransportFailure,
  type BodySink,
} from './transport.js';

/** Authenticated API calls: pool, rate budget, token, retries and error mapping around one exchange. */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method: HttpMethod;
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  accept?: 'json' | 'text';
  /** Defaults to true for GET, PUT and DELETE; see retry.ts for what that allows. */
  idempotent?: boolean;
  /** A fresh sink for each attempt's 2xx body (transport.ts): a retry starts over. */
  sink?: () => BodySink;
}

export interface ApiRequesterOptions {
  apiBaseUrl: string;
  apiHost: string;
  userAgent: string;
  requestTimeoutMs: number;
  policy: RetryPolicy;
  pool: ConcurrencyPool;
  budget: RateBudget;
  pacer: Pacer;
  tokens: TokenProvider;
  send: (req: RawRequest) => Promise<RawResponse>;
  now: () => number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  emit: EventSink;
  redactor: SecretRedactor;
  onRetry: () => void;
  /** The run deadline: cancels every wait and request of a call when it aborts. */
  signal?: AbortSignal | undefined;
}

export function pathWithQuery(path: string, query: ApiRequest['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.append(key, String(value));
  }
  const qs = params.toString();
  return qs === '' ? path : `${path}?${qs}`;
}

type Attempt =
  { response: RawResponse; token: string; stated: StatedLimit } | { failure: TransportFailure };

/**
 * When to retry a 429: its Retry-After, or else the window reset the server states (a 429 may
 * come without Retry-After, GENESYS_API.md §10).
 */
export function retryAfterOf(
  res: RawResponse,
  stated: StatedLimit,
  nowMs: number,
): number | undefined {
  const retryAfter = parseRetryAfter(res.headers['retry-after'], nowMs);
  if (retryAfter !== undefined || res.status !== 429) return retryAfter;
  return stated.resetMs;
}

export class ApiRequester {
  constructor(private readonly o: ApiRequesterOptions) {}

  /**
   * Waits on the client's clock (tests replace it): for callers that poll a state to change. A
   * wait this client chose, so the test-only scale applies (retry.ts), as it does to back-offs.
   */
  pause(ms: number): Promise<void> {
    return this.o.sleep(scaledWait(ms, this.o.policy));
  }

  async json<T>(req: ApiRequest): Promise<T> {
    const { res, path } = await this.call(req);
    if (res.text.trim() === '') return undefined as T;
    return this.checked(req, path, res, () => JSON.parse(res.text) as unknown) as T;
  }

  /** An answer parsed by `parse`, refused when it is not JSON or not what Genesys sends. */
  private checked<T>(req: ApiRequest, path: string, res: RawResponse, parse: () => T): T {
    let value: T;
    try {
      value = parse();
    } catch (error) {
      if (error instanceof SyntaxError) throw notJsonError(req.method, path, res, this.o);
      throw error;
    }
    const problem = answerShapeProblem(value, req.path);
    if (problem !== undefined) throw shapeError(req.method, path, res, problem);
    return value;
  }

  /**
   * A JSON object answer whose array under `key` is handed over one element at a time as the body
   * arrives (json-items.ts), for answers too large to hold whole, as text or as objects; returns
   * the rest of the object. `begin` is called for each attempt and gives that attempt's handler: a
   * body cut off and read again is folded afresh, never twice. A body that is not JSON fails as
   * json() does, possibly after some elements were handed over: callers fold into something they
   * drop on failure.
   */
  async jsonItems(
    req: ApiRequest,
    key: string,
    begin: () => (item: unknown) => void,
  ): Promise<Record<string, unknown> | undefined> {
    let body: ItemsBody | undefined;
    const { res, path } = await this.call({
      ...req,
      sink: () => (body = new ItemsBody(key, begin())),
    });
    if (res.streamed !== true || body === undefined) {
      // A transport that does not stream (tests' fakes) gave the text whole.
      body = new ItemsBody(key, begin());
      body.write(res.text);
    }
    const read = body;
    if (read.empty) return undefined;
    let object = false;
    const answer = this.checked(req, path, { ...res, text: read.head }, () => {
      const finished = read.finish();
      object = finished.object;
      return finished.value;
    });
    // Not an object: no elements to hand over; refused above as json() refuses it, or else empty.
    return object ? (answer as Record<string, unknown>) : {};
  }

  async text(req: ApiRequest): Promise<string> {
    return (await this.call({ ...req, accept: 'text' })).res.text;
  }

  /** A text answer with its Content-Type, for callers that must check what they were served. */
  async textAnswer(req: ApiRequest): Promise<{ text: string; contentType: string | undefined }> {
    const { res } = await this.call({ ...req, accept: 'text' });
    const type = res.headers['content-type'];
    return { text: res.text, contentType: Array.isArray(type) ? type[0] : type };
  }

  private async call(req: ApiRequest): Promise<{ res: RawResponse; path: string }> {
    const path = pathWithQuery(req.path, req.query);
    try {
      return await this.attempts(req, path);
    } catch (error) {
      // A wait (pool, rate budget, back-off, login) cut short by the deadline: nothing was sent.
      if (error instanceof DeadlinePassedError) throw deadlineError(req.method, path, false);
      throw error;
    }
  }

  private async attempts(
    req: ApiRequest,
    path: string,
  ): Promise<{ res: RawResponse; path: string }> {
    const o = this.o;
    const idempotent = req.idempotent ?? ['GET', 'PUT', 'DELETE'].includes(req.method);
    const started = o.now();
    let reauthenticated = false;
    for (let attempts = 1, retryIndex = 0; ; attempts++) {
      const attempt = await o.pool.run(() => this.once(req, path));
      let outcome: AttemptOutcome;
      if ('response' in attempt) {
        const res = attempt.response;
        if (res.status >= 200 && res.status < 300) return { res, path };
        if (res.status === 401 && !reauthenticated) {
          // An expired or revoked token: log in again and replay once. The 401 proves nothing ran.
          reauthenticated = true;
          o.tokens.invalidate(attempt.token);
          continue;
        }
        outcome = {
          type: 'status',
          status: res.status,
          retryAfterMs: retryAfterOf(res, attempt.stated, o.now()),
        };
      } else if (attempt.failure.type === 'network' && attempt.failure.code === DEADLINE_CODE) {
        throw deadlineError(req.method, path, attempt.failure.sent === 'maybe' && !idempotent);
      } else if (attempt.failure.type === 'network' && !attempt.failure.transient) {
        throw transportError(req.method, path, attempt.failure, attempts, o);
      } else {
        outcome =
          attempt.failure.type === 'timeout'
            ? attempt.failure
            : { type: 'network', sent: attempt.failure.sent, code: attempt.failure.code };
      }
      const verdict = decideRetry(outcome, {
        idempotent,
        retryIndex,
        elapsedMs: o.now() - started,
        policy: o.policy,
        random: o.random,
      });
      if (!verdict.retry) throw lastAttemptError(req.method, path, attempt, attempts, o);
      retryIndex += 1;
      o.onRetry();
      o.emit({
        type: 'retry',
        method: req.method,
        path,
        attempt: retryIndex,
        delayMs: verdict.delayMs,
        reason: verdict.reason,
        ...(outcome.type === 'status' ? { status: outcome.status } : {}),
      });
      if (verdict.pauseAll) o.budget.pauseUntil(o.now() + verdict.delayMs);
      else await untilAborted(o.sleep(verdict.delayMs), o.signal);
    }
  }

  /** One exchange inside a pool slot, after the rate budget allows it. */
  private async once(req: ApiRequest, path: string): Promise<Attempt> {
    const o = this.o;
    const release = await o.budget.acquire();
    try {
      const token = await o.tokens.get();
      assertCredentialsSafe(o.apiBaseUrl, 'an access token');
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        accept: req.accept === 'text' ? 'text/plain, */*' : 'application/json',
        'user-agent': o.userAgent,
      };
      let body: string | undefined;
      if (req.body !== undefined) {
        body = JSON.stringify(req.body);
        headers['content-type'] = 'application/json';
      }
      try {
        const sent = o.now();
        const response = await o.send({
          method: req.method,
          url: `${o.apiBaseUrl}${path}`,
          headers,
          ...(body === undefined ? {} : { body }),
          ...(req.sink === undefined ? {} : { sink: req.sink() }),
        });
        return { response, token, stated: o.pacer.observe(response, o.now() - sent) };
      } catch (error) {
        if (error instanceof TransportError) return { failure: error.failure };
        throw error;
      }
    } finally {
      release();
    }
  }
}
