import type { PathSegment } from './paths.js';
import type { Severity } from './types.js';

/** What the schema layer already refused: the meaning checks skip it, so one cause is named once. */
export interface Rejected {
  entries: ReadonlySet<number>;
  policy: boolean;
  /** The `environments` declaration: then nothing per environment is checked. */
  environments?: boolean;
}

/** How a meaning check says what it found, and where. */
export type Report = (
  severity: Severity,
  rule: string,
  path: PathSegment[],
  message: string,
  target?: 'key' | 'value',
) => void;
