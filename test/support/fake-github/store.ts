// The fake's memory, shared by every resource: the state, the URLs it is reached at, a fake clock that
// advances one second per write, and one sequence of ids for everything.
import type { FakeGitHubState } from './types.js';

export class Store {
  readonly state: FakeGitHubState = { repos: new Map(), users: new Map(), tokens: new Map() };
  /** Base URL of the API, e.g. http://127.0.0.1:PORT; set once the server listens. */
  url = '';
  /** Base of html_url values. */
  readonly serverUrl: string;
  private clock: number;
  private nextId = 1_000_001;

  constructor(options: { serverUrl?: string; startTime?: string }) {
    this.serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    this.clock = Date.parse(options.startTime ?? '2024-01-01T00:00:00Z');
    if (Number.isNaN(this.clock)) throw new Error(`startTime ${options.startTime} is not a date`);
  }

  /** The next timestamp, one second after the last. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  id(): number {
    return this.nextId++;
  }
}
