import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.js';
import type { Clock } from './clock.js';

/** OAuth client credentials (GENESYS_API.md §5) and bearer-token checks for /api/v2. */

export interface OAuthError {
  status: number;
  body: { error: string; description: string; error_description: string };
}

export interface IssuedToken {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  label: string;
}

function oauthError(status: number, error: string, description: string): OAuthError {
  return { status, body: { error, description, error_description: description } };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export class TokenRegistry {
  private readonly tokens = new Map<string, { label: string; expiresAt: number }>();
  private issued = 0;

  constructor(
    private readonly clock: Clock,
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly ttlSeconds: number,
  ) {}

  /** POST /oauth/token: Basic client credentials and a form body, nothing else. */
  /** Every access token issued so far; tests scan output for them. */
  issuedTokens(): string[] {
    return [...this.tokens.keys()];
  }

  exchange(
    authorization: string | undefined,
    contentType: string | undefined,
    rawBody: string,
  ): IssuedToken | OAuthError {
    const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/x-www-form-urlencoded') {
      return oauthError(
        400,
        'invalid_request',
        'The request must be application/x-www-form-urlencoded.',
      );
    }
    const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
    const decoded =
      basic?.[1] === undefined ? '' : Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (basic === null || colon < 0) {
      return oauthError(401, 'invalid_client', 'client authentication with HTTP Basic is required');
    }
    const id = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    if (!sameText(id, this.clientId) || !sameText(secret, this.clientSecret)) {
      return oauthError(401, 'invalid_client', 'client not found or secret does not match');
    }
    const grant = new URLSearchParams(rawBody).get('grant_type');
    if (grant === null) return oauthError(400, 'invalid_request', 'grant_type is required');
    if (grant !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', `grant type ${grant} is not supported`);
    }
    const token = randomBytes(32).toString('base64url');
    const label = `token#${++this.issued}`;
    this.tokens.set(token, { label, expiresAt: this.clock.now() + this.ttlSeconds * 1000 });
    return { access_token: token, token_type: 'bearer', expires_in: this.ttlSeconds, label };
  }

  /** The token's label for a valid bearer header; a 401 ApiError otherwise. */
  verify(authorization: string | undefined): string {
    if (authorization === undefined || authorization.trim() === '') {
      throw new ApiError(
        401,
        'authentication.required',
        'No authentication bearer token specified in authorization header.',
      );
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization);
    const entry = bearer?.[1] === undefined ? undefined : this.tokens.get(bearer[1]);
    if (entry === undefined) {
      throw new ApiError(401, 'bad.credentials', 'Invalid login credentials.');
    }
    if (this.clock.now() >= entry.expiresAt) {
      throw new ApiError(401, 'credentials.expired', 'The authentication token has expired.');
    }
    return entry.label;
  }

  /** A label for log lines that never reveals the token itself. */
  labelOf(authorization: string | undefined): string | undefined {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (bearer?.[1] === undefined) return undefined;
    return this.tokens.get(bearer[1])?.label ?? 'unknown-token';
  }
}
