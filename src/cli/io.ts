import { Redactor } from '../util/redact.js';
import { inertWriter } from '../util/workflow-text.js';

/** Where a CLI command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIO {
  /**
   * `columns`: the terminal's width, read when a table is laid out (it changes on a resize).
   * `drained`: resolves once the stream can take more, for output written in many pieces.
   */
  stdout: {
    write(text: string): unknown;
    isTTY?: boolean;
    readonly columns?: number | undefined;
    drained?: () => Promise<void>;
  };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Asks a person; absent when nobody can answer (no terminal, or CI), so nothing waits forever. */
  confirm?: (question: string) => Promise<boolean>;
  /** The clock (ms since the epoch) for dates in the manifest; tests inject one. */
  now?: () => number;
  /**
   * The run's redactor, which the streams pass through: it learns the credentials from the
   * environment, the flags, and the client. Absent (tests), nothing is masked on the streams.
   */
  redactor?: Redactor;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake in how the command was called: shown with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The binary's channels. Both streams pass through the one redactor, which learns the credentials
 * from the environment here and from flags where they are read, so no write can leak them.
 */
export function processIO(env: NodeJS.ProcessEnv = process.env): CliIO {
  const redactor = new Redactor();
  // Every org's client: the plain variables and the per-environment ones (…_SECRET_PROD).
  for (const name of Object.keys(env)) {
    const suffix = /^GENESYSCLOUD_OAUTHCLIENT_SECRET(_.+)?$/.exec(name)?.[1] ?? '';
    if (!name.startsWith('GENESYSCLOUD_OAUTHCLIENT_SECRET')) continue;
    redactor.add(env[name]?.trim(), env[`GENESYSCLOUD_OAUTHCLIENT_ID${suffix}`]?.trim());
  }
  // Not spread: `columns` is a getter, read at each layout.
  const stdout: CliIO['stdout'] = redacted(inWorkflow(process.stdout, env), redactor);
  stdout.drained = () => drainOf(process.stdout);
  const io: CliIO = {
    stdout,
    stderr: redacted(inWorkflow(process.stderr, env), redactor),
    env,
    cwd: process.cwd(),
    redactor,
  };
  if (process.stdin.isTTY === true && !isCI(process.env)) io.confirm = ask;
  return io;
}

/** A stream whose every write is redacted first. */
export function redacted(
  stream: { write(text: string): unknown; isTTY?: boolean },
  redactor: Redactor,
): { write(text: string): unknown; isTTY?: boolean; readonly columns?: number | undefined } {
  const out: {
    write(text: string): unknown;
    isTTY?: boolean;
    readonly columns?: number | undefined;
  } = {
    write: (text: string) => stream.write(redactor.redact(text)),
    get columns() {
      return (stream as { columns?: number }).columns;
    },
  };
  if (stream.isTTY !== undefined) out.isTTY = stream.isTTY;
  return out;
}

type Stream = { write(text: string): unknown; isTTY?: boolean };

/** Inside a GitHub workflow the runner executes command lines on either stream: every line is made inert. */
export function inWorkflow(stream: Stream, env: NodeJS.ProcessEnv): Stream {
  if (env['GITHUB_ACTIONS'] !== 'true') return stream;
  const out: Stream = { write: inertWriter((text) => stream.write(text)) };
  if (stream.isTTY !== undefined) out.isTTY = stream.isTTY;
  return out;
}

/**
 * Resolves once `stream` is below its buffer mark. Writes to a pipe queue in memory when the
 * reader is slower than the writer: the JSON of a 100,000-action plan (about 80 MB) piled up there
 * and doubled the CLI's peak memory.
 */
function drainOf(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}

/**
 * Each piece once stdout has room for it: into a slow reader (a pipe, a CI log) the text of a
 * 100,000-row plan would otherwise queue in memory whole.
 */
export async function writePieces(io: CliIO, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    io.stdout.write(piece);
    await io.stdout.drained?.();
  }
}

export function isCI(env: NodeJS.ProcessEnv): boolean {
  return env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false';
}

async function ask(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim() === 'yes';
  } finally {
    rl.close();
  }
}
