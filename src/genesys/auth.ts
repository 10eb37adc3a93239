import { summarizeBody } from '../util/body.js';
import { assertCredentialsSafe } from './credentials.js';
import { GenesysApiError, parseErrorBody } from './errors.js';
import type { EventSink } from './events.js';
import { decideRetry, parseRetryAfter, type AttemptOutcome, type RetryPolicy } from './retry.js';
import type { SecretRedactor } from './secrets.js';
import { DeadlinePassedError, untilAborted } from '../util/deadline.js';
import {
  DEADLINE_CODE,
  TransportError,
  type RawRequest,
  type RawResponse,
  type TransportFailure,
} from './transport.js';

/** OAuth client-credentials login (GENESYS_API.md §5) with a cached, shared token. */

export interface TokenProviderOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  userAgent: string;
  send: (req: RawRequest) => Promise<RawResponse>;
  policy: RetryPolicy;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  emit: EventSink;
  redactor: SecretRedactor;
  /** The run deadline: a login still retrying when it passes gives up at once. */
  signal?: AbortSignal | undefined;
}

interface CachedToken {
  value: string;
  refreshAt: number;
}

interface OAuthAnswer {
  access_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
  error_description?: unknown;
}

const LOGIN_PATH = '/oauth/token';

/** The host a redirect points to (never its path or query, which may carry anything). */
function redirectHost(location: string | undefined): string | undefined {
  if (location === undefined) return undefined;
  try {
    return new URL(location).host || undefined;
  } catch {
    return undefined;
  }
}

/** Refresh a little before expiry so a token never dies between our check and the server's. */
export function refreshTime(obtainedAt: number, expiresInSeconds: number | undefined): number {
  if (expiresInSeconds === undefined || !(expiresInSeconds > 0)) return Number.POSITIVE_INFINITY;
  const ttl = expiresInSeconds * 1000;
  return obtainedAt + ttl - Math.min(60_000, ttl / 10);
}

/** The login service's own rate limit answers 400 invalid_request "rate limit exceeded" (§4). */
export function isLoginRateLimited(status: number, answer: OAuthAnswer | undefined): boolean {
  if (status !== 400 || answer === undefined) return false;
  const text = [answer.error, answer.error_description]
    .filter((part) => typeof part === 'string')
    .join(' ');
  return /rate limit exceeded/i.test(text);
}

type LoginAttempt =
  | { type: 'token'; token: string; expiresIn: number | undefined }
  | {
      type: 'failed';
      retry: AttemptOutcome | undefined;
      error: (attempts: number, why: string | undefined) => GenesysApiError;
    };

export class TokenProvider {
  private cached: CachedToken | undefined;
  private inflight: Promise<string> | undefined;
  private loggedInOnce = false;
  /** `expires_in` of the last login, for `doctor`. */
  lifetimeSeconds: number | undefined;
  private readonly host: string;
  private readonly basic: string;

  constructor(private readonly options: TokenProviderOptions) {
    this.host = new URL(options.tokenUrl).host;
    this.basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64');
    options.redactor.add(options.clientSecret);
    options.redactor.add(this.basic);
  }

  /** A valid token; concurrent callers share one login. */
  async get(): Promise<string> {
    const cached = this.cached;
    if (cached !== undefined && this.options.now() < cached.refreshAt) return cached.value;
    this.inflight ??= this.login().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /** Forgets `token` after a 401; a newer token obtained meanwhile by another caller is kept. */
  invalidate(token: string): void {
    if (this.cached?.value === token) this.cached = undefined;
  }

  private async login(): Promise<string> {
    const { policy, random, sleep, now, emit } = this.options;
    const started = now();
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt();
      if (outcome.type === 'token') {
        emit({
          type: 'auth',
          action: this.loggedInOnce ? 'reauth' : 'login',
          host: this.host,
          ...(outcome.expiresIn === undefined ? {} : { expiresInSeconds: outcome.expiresIn }),
        });
        this.loggedInOnce = true;
        this.lifetimeSeconds = outcome.expiresIn;
        this.cached = { value: outcome.token, refreshAt: refreshTime(now(), outcome.expiresIn) };
        return outcome.token;
      }
      const verdict =
        outcome.retry === undefined
          ? undefined
          : decideRetry(outcome.retry, {
              idempotent: true,
              retryIndex: attempt,
              elapsedMs: now() - started,
              policy,
              random,
            });
      if (verdict === undefined || !verdict.retry) {
        throw outcome.error(attempt + 1, verdict?.reason);
      }
      emit({
        type: 'retry',
        method: 'POST',
        path: LOGIN_PATH,
        attempt: attempt + 1,
        delayMs: verdict.delayMs,
        reason: verdict.reason,
      });
      await untilAborted(sleep(verdict.delayMs), this.options.signal);
    }
  }

  private async attempt(): Promise<LoginAttempt> {
    assertCredentialsSafe(this.options.tokenUrl, 'the OAuth client credentials');
    let res: RawResponse;
    try {
      res = await this.options.send({
        method: 'POST',
        url: this.options.tokenUrl,
        headers: {
          authorization: `Basic ${this.basic}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'user-agent': this.options.userAgent,
        },
        body: 'grant_type=client_credentials',
      });
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      if (error.failure.type === 'network' && error.failure.code === DEADLINE_CODE) {
        throw new DeadlinePassedError();
      }
      return this.transportFailed(error.failure);
    }
    const answer = parseErrorBody(res.text) as OAuthAnswer | undefined;
    if (res.status === 200 && typeof answer?.access_token === 'string') {
      const token = answer.access_token;
      this.options.redactor.add(token);
      const expiresIn = typeof answer.expires_in === 'number' ? answer.expires_in : undefined;
      return { type: 'token', token, expiresIn };
    }
    return this.refused(res, answer);
  }

  private transportFailed(failure: TransportFailure): LoginAttempt {
    const retry: AttemptOutcome | undefined =
      failure.type === 'timeout'
        ? failure
        : failure.transient
          ? { type: 'network', sent: failure.sent, code: failure.code }
          : undefined;
    const text = failure.type === 'timeout' ? 'timed out' : failure.detail;
    return {
      type: 'failed',
      retry,
      error: (attempts) =>
        this.error(failure.type === 'timeout' ? 'timeout' : 'network', attempts, {
          text,
          code: failure.type === 'network' ? failure.code : undefined,
        }),
    };
  }

  /** A login answer without a token: the OAuth error, retryable where the status allows. */
  private refused(res: RawResponse, answer: OAuthAnswer | undefined): LoginAttempt {
    const notOAuth = this.notOAuth(res, answer);
    if (notOAuth !== undefined) {
      return {
        type: 'failed',
        retry: undefined,
        error: (attempts) =>
          this.error('protocol', attempts, { text: notOAuth, status: res.status }),
      };
    }
    const oauthError = typeof answer?.error === 'string' ? answer.error : undefined;
    const description =
      typeof answer?.error_description === 'string' ? answer.error_description : undefined;
    const retryAfterMs = parseRetryAfter(res.headers['retry-after'], this.options.now());
    // The login rate limit looks like a 400 but behaves like a 429.
    const loginLimited = isLoginRateLimited(res.status, answer);
    const text =
      [oauthError, description].filter((s) => s !== undefined).join(': ') ||
      (res.text.trim() === '' ? `HTTP ${res.status}` : summarizeBody(res.text));
    const kind = res.status >= 500 ? 'server' : res.status === 429 ? 'rate-limited' : 'auth';
    return {
      type: 'failed',
      retry: { type: 'status', status: loginLimited ? 429 : res.status, retryAfterMs },
      error: (attempts, why) =>
        this.error(loginLimited ? 'rate-limited' : kind, attempts, {
          text: why !== undefined && attempts > 1 ? `${text} (${why})` : text,
          status: res.status,
          code: oauthError,
        }),
    };
  }

  /**
   * A login answer that is not from an OAuth server at all (a redirect, an HTML page): something
   * between the runner and Genesys Cloud is answering, or the URL is wrong; never the client's
   * id or secret.
   */
  private notOAuth(res: RawResponse, answer: OAuthAnswer | undefined): string | undefined {
    const why =
      'instead of an OAuth answer: something between this runner and Genesys Cloud (a proxy, a ' +
      'captive portal, a single sign-on page) is answering, or this is not a Genesys Cloud login ' +
      'URL; check the region or --api-base-url, and HTTPS_PROXY/NO_PROXY';
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.location;
      const where = redirectHost(Array.isArray(location) ? location[0] : location);
      return `a redirect (HTTP ${res.status}${where === undefined ? '' : ` to ${where}`}) ${why}`;
    }
    const page = /^\s*</.test(res.text) && res.status < 500;
    if (page) return `${summarizeBody(res.text).replace(/, not an API answer$/, '')} ${why}`;
    if (res.status >= 200 && res.status < 300) {
      const body = answer === undefined ? summarizeBody(res.text) : 'JSON without an access_token';
      return `HTTP ${res.status} with ${body} ${why}`;
    }
    return undefined;
  }

  private error(
    kind: 'auth' | 'network' | 'timeout' | 'server' | 'rate-limited' | 'protocol',
    attempts: number,
    info: { text: string; status?: number; code?: string | undefined },
  ): GenesysApiError {
    const scrub = (s: string): string => this.options.redactor.scrub(s);
    const apiMessage = scrub(info.text);
    const hint =
      kind === 'auth'
        ? '; check the OAuth client id and secret, that it is a client-credentials client, and the region'
        : '';
    const status = info.status === undefined ? '' : ` with ${info.status}`;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    return new GenesysApiError({
      kind,
      message: `Genesys Cloud login at ${this.host} failed${status}${tries}: ${apiMessage}${hint}`,
      apiMessage,
      method: 'POST',
      path: LOGIN_PATH,
      status: info.status,
      code: info.code,
      attempts,
    });
  }
}
