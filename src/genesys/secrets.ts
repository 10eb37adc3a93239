/**
 * Defence in depth against leaking credentials: every message built from server text or a low-level
 * error passes through `scrub`, so a proxy or server that echoes a token back cannot put it in our output.
 */
export class SecretRedactor {
  private readonly secrets = new Set<string>();

  /** `onSecret` hears every registered value, so a host (the Action) can mask it in its own logs too. */
  constructor(private readonly onSecret?: (secret: string) => void) {}

  /** Registers a value that must never be printed. Very short values are ignored to keep text readable. */
  add(secret: string | undefined): void {
    if (secret === undefined || secret.length < 4 || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.onSecret?.(secret);
  }

  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join('[REDACTED]');
    }
    // Bearer/Basic credentials we did not register (e.g. a token issued to another client).
    return out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, '$1 [REDACTED]');
  }
}
