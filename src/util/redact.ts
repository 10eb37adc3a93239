/**
 * The one redactor of a run, made by its entry (the Action's main, the CLI's composition root) and
 * handed to everything that writes: CLI stdout and stderr, the Action's log lines, annotations,
 * job summary, outputs, files and PR comment, and the API client (which registers the credentials
 * and tokens it learns, and scrubs server text with it). It knows the secrets registered with it,
 * in the encodings they travel in, and recognises credentials by their shape (`Bearer …`,
 * `Basic …`, `access_token`/`client_secret` fields) even when unregistered.
 */

export const REDACTED = '***';

/** Shorter values are not secrets anyone chose, and masking them would garble ordinary text. */
const MIN_SECRET_LENGTH = 4;

const FIELDS = 'access_token|refresh_token|client_secret|id_token';
const SHAPES: [RegExp, string][] = [
  // A credential, not prose: "Basic authentication failed" keeps its words.
  [/\b(Bearer|Basic)(\s+)(?=[\w.~+/=-]*[\d.~+/=-])[\w.~+/=-]{8,}/gi, `$1$2${REDACTED}`],
  [new RegExp(`("(?:${FIELDS})"\\s*:\\s*")(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1${REDACTED}"`],
  [new RegExp(`\\b((?:${FIELDS})=)[^&\\s"']+`, 'gi'), `$1${REDACTED}`],
];

export class Redactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | undefined;

  /**
   * `onSecret` hears each new secret as registered (not its encodings), so a host can mask it in
   * logs it does not write through this redactor (the Action: core.setSecret).
   */
  constructor(private readonly onSecret?: (secret: string) => void) {}

  /** Registers a secret; with `clientId`, also the Basic credentials `base64(id:secret)`. */
  add(secret: string | undefined, clientId?: string): void {
    if (secret === undefined || secret.length < MIN_SECRET_LENGTH) return;
    if (!this.secrets.has(secret)) this.onSecret?.(secret);
    const forms = encodings(secret);
    if (clientId !== undefined && clientId !== '') {
      forms.push(base64(`${clientId}:${secret}`));
      forms.push(base64(`${formEncode(clientId)}:${formEncode(secret)}`));
    }
    for (const form of forms) if (form.length >= MIN_SECRET_LENGTH) this.secrets.add(form);
    this.pattern = undefined;
  }

  /** Registered secrets and credential shapes masked: for logs, messages, comments. */
  redact(text: string): string {
    let out = this.redactSecrets(text);
    for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement);
    return out;
  }

  /**
   * Registered secrets only: for structured data (plan JSON) where a shape could match an action's
   * name and change what the document says.
   */
  redactSecrets(text: string): string {
    let out = text;
    if (this.secrets.size > 0) {
      this.pattern ??= new RegExp(
        [...this.secrets]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|'),
        'g',
      );
      out = out.replace(this.pattern, REDACTED);
    }
    return out;
  }
}

/** The secret as it may appear in a URL, a form body, JSON, or base64. */
function encodings(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    formEncode(secret),
    JSON.stringify(secret).slice(1, -1),
    base64(secret),
    base64(secret).replace(/=+$/, ''),
    Buffer.from(secret, 'utf8').toString('base64url'),
  ];
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** application/x-www-form-urlencoded, as OAuth sends credentials (RFC 6749 §2.3.1). */
function formEncode(text: string): string {
  return new URLSearchParams({ v: text }).toString().slice(2);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
