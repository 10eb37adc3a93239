import type { Redactor } from '../util/redact.js';

/**
 * The run's redactor as the client's internals use it: every credential the client learns (the
 * secret, the Basic credential, each access token) is registered the moment it is known, and
 * every message built from server text or a low-level error is scrubbed, so a proxy or server
 * that echoes a token back cannot put it in our output. One redactor, one masking style.
 */
export interface SecretRedactor {
  add(secret: string | undefined): void;
  scrub(text: string): string;
}

export function clientSecrets(redactor: Redactor): SecretRedactor {
  return { add: (secret) => redactor.add(secret), scrub: (text) => redactor.redact(text) };
}
