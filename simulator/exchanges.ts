/**
 * Every API exchange the simulator answers, for observers in the same process: the contract tests
 * check each request and response body against the official SDK's models (test/contract/). The
 * registry is process-wide so that an observer set up once sees every simulator a test starts.
 * Never holds a credential: no headers but the User-Agent, and no OAuth body.
 */
export interface Exchange {
  method: string;
  path: string;
  /** The HTTP status answered. */
  status: number;
  /** Who sent it (the gc-timeouts client says `gc-timeouts/…`). */
  userAgent: string;
  /** The parsed JSON request body of a write, if any. */
  requestBody?: unknown;
  /** The JSON answer, if it was JSON. */
  responseBody?: unknown;
  /** The answer was a lie told on purpose (a fault of the lying proxy), not the org's. */
  lie?: boolean;
}

type Observer = (exchange: Exchange) => void;

const observers = new Set<Observer>();

/** Registers an observer of every exchange; returns the function that removes it. */
export function observeExchanges(observer: Observer): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

export function hasExchangeObservers(): boolean {
  return observers.size > 0;
}

export function notifyExchange(exchange: Exchange): void {
  for (const observer of observers) observer(exchange);
}
