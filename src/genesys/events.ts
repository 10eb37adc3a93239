import type { SecretRedactor } from './secrets.js';

/** Progress and diagnostics for logs. No event ever carries a credential. */
export type ClientEvent =
  | {
      type: 'retry';
      method: string;
      path: string;
      /** 1 for the first retry. */
      attempt: number;
      delayMs: number;
      reason: string;
      status?: number;
    }
  | { type: 'rate-wait'; waitMs: number; reason: 'budget' | 'paused' }
  | { type: 'auth'; action: 'login' | 'reauth'; host: string; expiresInSeconds?: number }
  | { type: 'page-size-fallback'; path: string; from: number; to: number }
  | { type: 'list-reread'; path: string; reason: string }
  | { type: 'draft-cleanup'; actionId: string; ok: boolean; message?: string }
  /** A client setting given but not honoured (the test-only fast retry against a real org). */
  | { type: 'setting-ignored'; message: string };

export type EventSink = (event: ClientEvent) => void;

/** Wraps the user's callback: strings are scrubbed, and a throwing callback cannot break a request. */
export function createEventSink(
  onEvent: EventSink | undefined,
  redactor: SecretRedactor,
): EventSink {
  if (onEvent === undefined) return () => undefined;
  return (event) => {
    const clean: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(event)) {
      clean[key] = typeof value === 'string' ? redactor.scrub(value) : value;
    }
    try {
      onEvent(clean as ClientEvent);
    } catch {
      // Logging must never change the outcome of an API call.
    }
  };
}
