/** A long phase reporting how far it is: reading the org, or applying. */
export interface ReadProgress {
  (phase: 'actions' | 'functions' | 'latency' | 'apply', done: number, total: number): void;
}

const PHASES: Record<string, string> = {
  actions: 'Reading actions',
  functions: 'Reading function settings',
  latency: 'Reading latency',
  apply: 'Applying',
};

/** In a log, a long phase reports at most this often, and a short one not at all. */
const LOG_EVERY_MS = 5_000;

export type Progress = ReadProgress & { done(): void };

/**
 * Progress of reads and applies: a self-updating line at a terminal; in a log (CI, the Action), a
 * line every few seconds of a long phase, so a slow run shows it is alive without flooding a quick one.
 */
export function phaseProgress(target: {
  write: (text: string) => unknown;
  tty: boolean;
  now?: () => number;
}): Progress {
  const now = target.now ?? Date.now;
  let lastLogged = now();
  let shown = false;
  const report = ((phase: string, done: number, total: number) => {
    const line = `${PHASES[phase] ?? phase}: ${done}/${total}`;
    if (target.tty) {
      shown = true;
      target.write(`\r\u001b[2K${line}`);
    } else if (now() - lastLogged >= LOG_EVERY_MS) {
      lastLogged = now();
      target.write(`${line}\n`);
    }
  }) as Progress;
  report.done = () => {
    if (shown) target.write('\r\u001b[2K');
    shown = false;
  };
  return report;
}
