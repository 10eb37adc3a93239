import { createHash } from 'node:crypto';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import type { StoredAction } from '../simulator/index.js';
import {
  countRequests,
  type ActionView,
  type SimCall,
  type SimMessage,
  type SimSpec,
} from './protocol.js';

/**
 * The simulator in a process of its own, started by bench/sim-host.ts: the bench measures clients,
 * and a simulator sharing their event loop would bill its own JSON work to them (on two cores, it
 * gets the second one). Talks over the IPC channel only; exits when the bench goes away.
 */

function send(message: SimMessage): void {
  process.send?.(message);
}

/** JSON with sorted keys, so a config rewritten in another key order still compares equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function view(action: StoredAction): ActionView {
  const { timeoutSeconds, ...config } = action.config;
  const shape = canonical({
    name: action.name,
    category: action.category,
    integrationId: action.integrationId,
    secure: action.secure,
    config,
    function: action.function,
  });
  return {
    id: action.id,
    name: action.name,
    version: action.version,
    timeoutSeconds:
      timeoutSeconds === undefined || timeoutSeconds <= 0 ? undefined : timeoutSeconds,
    shape: createHash('sha256').update(shape).digest('hex'),
  };
}

function handle(sim: RunningSimulator, call: SimCall): unknown {
  switch (call.op) {
    case 'snapshot':
      return sim.state.listActions().map(view);
    case 'requests':
      return countRequests(sim.state.requests());
    case 'clear':
      sim.state.clearRequests();
      return null;
    case 'reset':
      sim.state.reset();
      return null;
    case 'close':
      return null;
  }
}

async function main(): Promise<void> {
  if (process.send === undefined) throw new Error('bench/sim-process.ts is started by the bench');
  const spec = await new Promise<SimSpec>((resolve) =>
    process.once('message', (m) => resolve(m as SimSpec)),
  );
  const sim = await startSimulator({
    seed: spec.seed,
    host: '127.0.0.1',
    port: 0,
    latencyMs: spec.latencyMs,
    rateLimitPerMinute: spec.rateLimitPerMinute,
  });
  const stop = (): void => {
    void sim.close().finally(() => process.exit(0));
  };
  process.on('disconnect', stop);
  process.on('message', (message) => {
    const call = message as SimCall;
    try {
      send({ type: 'reply', id: call.id, result: handle(sim, call) });
    } catch (error) {
      send({ type: 'failed', id: call.id, message: String(error) });
    }
    if (call.op === 'close') stop();
  });
  send({ type: 'ready', url: sim.url, clientId: sim.clientId, clientSecret: sim.clientSecret });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
