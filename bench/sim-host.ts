import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionView, RequestCounts, SimCall, SimMessage, SimOp, SimSpec } from './protocol.js';

/** The bench's handle on a simulator running in its own process (bench/sim-process.ts). */
export interface SimHost {
  url: string;
  /** Port of `url`, for the SDK's setGateway. */
  port: number;
  clientId: string;
  clientSecret: string;
  snapshot(): Promise<ActionView[]>;
  requests(): Promise<RequestCounts>;
  clearRequests(): Promise<void>;
  /** Back to the seed: actions and request log. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const CALL_TIMEOUT_MS = 60_000;
const live = new Set<ChildProcess>();

// Whatever happens to the bench, no simulator outlives it.
process.on('exit', () => {
  for (const child of live) child.kill();
});

export async function startSimHost(spec: SimSpec): Promise<SimHost> {
  // vite-node's CLI (not in its package exports): it runs the TypeScript sources as `npm run bench` does.
  const viteNode = join(
    dirname(createRequire(import.meta.url).resolve('vite-node')),
    '..',
    'vite-node.mjs',
  );
  const script = fileURLToPath(new URL('./sim-process.ts', import.meta.url));
  const child = fork(viteNode, [script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  live.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => live.delete(child));

  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let ready: ((m: Extract<SimMessage, { type: 'ready' }>) => void) | undefined;
  let startFailed: ((e: Error) => void) | undefined;
  const failAll = (error: Error): void => {
    startFailed?.(error);
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  child.on('message', (raw) => {
    const message = raw as SimMessage;
    if (message.type === 'ready') ready?.(message);
    else if (message.type === 'reply') waiting.get(message.id)?.resolve(message.result);
    else if (message.id === undefined) failAll(new Error(`simulator: ${message.message}`));
    else waiting.get(message.id)?.reject(new Error(`simulator: ${message.message}`));
    if (message.type !== 'ready' && message.id !== undefined) waiting.delete(message.id);
  });
  child.once('exit', (code) => failAll(new Error(`the simulator process exited (${code})`)));

  const started = await withTimeout(
    new Promise<Extract<SimMessage, { type: 'ready' }>>((resolve, reject) => {
      ready = resolve;
      startFailed = reject;
      child.send(spec);
    }),
    START_TIMEOUT_MS,
    'the simulator did not start',
  ).catch((error: unknown) => {
    child.kill();
    throw error;
  });
  startFailed = undefined;

  let nextId = 0;
  const call = <T>(op: SimOp): Promise<T> => {
    const id = ++nextId;
    const answer = new Promise<unknown>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      child.send({ id, op } satisfies SimCall);
    });
    return withTimeout(answer, CALL_TIMEOUT_MS, `the simulator did not answer ${op}`) as Promise<T>;
  };

  return {
    url: started.url,
    port: Number(new URL(started.url).port),
    clientId: started.clientId,
    clientSecret: started.clientSecret,
    snapshot: () => call<ActionView[]>('snapshot'),
    requests: () => call<RequestCounts>('requests'),
    clearRequests: () => call<void>('clear'),
    reset: () => call<void>('reset'),
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await call<void>('close').catch(() => child.kill());
      await withTimeout(exited, 10_000, 'the simulator did not stop').catch(() => child.kill());
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
