import type { ClientEvent } from '../genesys/events.js';
import type { ClientTuning, OpenOrg } from '../org/session.js';
import type { Progress } from '../util/progress.js';
import type { Redactor } from '../util/redact.js';

/**
 * What the application layer is handed by a face: how to open an org (org/session's openOrg, or
 * a memory org in tests), the clock, and where progress, client events and learnt secrets go.
 * Nothing here prints; the face decides what each port does.
 */
export interface AppPorts {
  openOrg: OpenOrg;
  now: () => number;
  /** The run's redactor: the client registers each credential it learns with it. */
  redactor?: Redactor | undefined;
  /** Reads and applies report here; `done()` clears it after each of them. */
  progress?: Progress | undefined;
  /** Retries, rate waits, paging fallbacks: for a log line or a debug log. */
  onEvent?: ((event: ClientEvent) => void) | undefined;
  tuning?: ClientTuning | undefined;
}
