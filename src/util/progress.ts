import { thousands } from './plural.js';

/** A long phase reporting how far it is: reading the org, its evidence, or applying. */
export interface ReadProgress {
  (
    phase: 'actions' | 'functions' | 'latency' | 'flows' | 'apply',
    done: number,
    total: number,
  ): void;
}

const PHASES: Record<string, string> = {
  actions: 'Reading actions',
  functions: 'Reading function settings',
  latency: 'Reading latency',
  flows: 'Reading flows',
  apply: 'Applying',
};

/** A phase shorter than this shows nothing: a quick run's output stays what it reports. */
const SHOW_AFTER_MS = 1_000;
/** In a log, a long phase reports at most this often. */
const LOG_EVERY_MS = 5_000;

export type Progress = ReadProgress & {
  /** The phase is over: the live line goes. */
  done(): void;
  /** A log line (a retry, a rate-limit wait): written on its own line, the live line redrawn below. */
  log(line: string): void;
};

export interface ProgressTarget {
  write: (text: string) => unknown;
  /** A terminal: one self-updating line. */
  tty: boolean;
  /** Not a terminal: a line every few seconds of a long phase (the Action's job log), or nothing. */
  logLines?: boolean;
  now?: () => number;
}

/**
 * Progress of reads and applies: at a terminal one line that updates itself, with counts and an
 * estimate of the time left, once a phase has run for a second; log lines never share it. In a
 * log, a line every few seconds of a long phase when asked for (a slow Action run shows it is
 * alive), else nothing.
 */
export function phaseProgress(target: ProgressTarget): Progress {
  const now = target.now ?? Date.now;
  let phase = { name: '', done: 0, total: 0, startedAt: now() };
  let lastLogged = now();
  let current = '';
  let ticker: NodeJS.Timeout | undefined;
  const clear = (): void => {
    if (current !== '') target.write('\r\u001b[2K');
  };
  const draw = (): void => {
    const elapsed = now() - phase.startedAt;
    if (elapsed < SHOW_AFTER_MS) return;
    current = progressLine(phase.name, phase.done, phase.total, elapsed);
    target.write(`\r\u001b[2K${current}`);
  };
  const report = ((name: string, done: number, total: number) => {
    if (name !== phase.name) phase = { name, done, total, startedAt: now() };
    phase.done = done;
    phase.total = total;
    if (target.tty) {
      draw();
      // A phase whose counts move seldom (a few slow requests) still shows it is alive.
      ticker ??= setInterval(draw, SHOW_AFTER_MS);
      ticker.unref?.();
    } else if (target.logLines === true && now() - lastLogged >= LOG_EVERY_MS) {
      lastLogged = now();
      target.write(`${progressLine(name, done, total, now() - phase.startedAt)}\n`);
    }
  }) as Progress;
  report.done = () => {
    clearInterval(ticker);
    ticker = undefined;
    clear();
    current = '';
    phase = { name: '', done: 0, total: 0, startedAt: now() };
  };
  report.log = (line) => {
    clear();
    target.write(`${line}\n`);
    if (current !== '') target.write(`\r\u001b[2K${current}`);
  };
  return report;
}

/** `Reading actions: 1,200/5,000 (24 %), about 8 s left`; the estimate once there is a rate. */
export function progressLine(
  phase: string,
  done: number,
  total: number,
  elapsedMs: number,
): string {
  const head = `${PHASES[phase] ?? phase}: ${thousands(done)}/${thousands(total)}`;
  if (total <= 0) return head;
  const share = `${Math.floor((100 * Math.min(done, total)) / total)} %`;
  if (done <= 0 || done >= total || elapsedMs < SHOW_AFTER_MS) return `${head} (${share})`;
  const left = Math.ceil(((total - done) * elapsedMs) / done / 1000);
  const eta = left >= 120 ? `about ${Math.ceil(left / 60)} min left` : `about ${left} s left`;
  return `${head} (${share}), ${eta}`;
}
