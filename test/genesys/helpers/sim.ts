import { request } from 'undici';
import {
  createGenesysClient,
  type GenesysClient,
  type GenesysClientOptions,
} from '../../../src/genesys/client.js';
import type { ClientEvent } from '../../../src/genesys/events.js';
import {
  startSimulator,
  type RequestLogEntry,
  type SimulatorOptions,
} from '../../../simulator/index.js';
import { resolveEndpoint } from '../../../src/genesys/endpoint.js';

/** The simulator with its admin API, and a client wired to it that records its events. */
export interface SimHarness {
  url: string;
  clientId: string;
  clientSecret: string;
  client: GenesysClient;
  events: ClientEvent[];
  newClient(over?: Partial<GenesysClientOptions>): GenesysClient;
  admin<T>(
    method: 'GET' | 'PATCH' | 'PUT' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<T>;
  requests(): Promise<RequestLogEntry[]>;
  storedAction(id: string): Promise<Record<string, unknown>>;
  /** A token obtained outside the client under test, for acting as "someone else". */
  rawToken(): Promise<string>;
  raw(method: 'GET' | 'POST' | 'DELETE', path: string, token: string): Promise<number>;
  /** The stored actions, read in-process (no request logged). */
  state(): Promise<{ id: string; name: string; version: number }[]>;
  close(): Promise<void>;
}

export async function startSim(
  options: SimulatorOptions = {},
  clientOptions: Partial<GenesysClientOptions> = {},
): Promise<SimHarness> {
  const sim = await startSimulator({ admin: true, ...options });
  const events: ClientEvent[] = [];
  const clients: GenesysClient[] = [];
  const newClient = (over: Partial<GenesysClientOptions> = {}): GenesysClient => {
    const c = createGenesysClient({
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      endpoint: resolveEndpoint({ apiBaseUrl: sim.url }),
      onEvent: (e) => events.push(e),
      ...clientOptions,
      ...over,
    });
    clients.push(c);
    return c;
  };
  const admin = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await request(`${sim.url}${path}`, {
      method: method as 'GET',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await res.body.text();
    if (res.statusCode >= 300)
      throw new Error(`admin ${method} ${path}: ${res.statusCode} ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  };
  return {
    url: sim.url,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    client: newClient(),
    events,
    newClient,
    admin,
    requests: async () =>
      (await admin<{ requests: RequestLogEntry[] }>('GET', '/__sim/requests')).requests,
    storedAction: (id) => admin('GET', `/__sim/actions/${encodeURIComponent(id)}`),
    state: async () => sim.state.listActions(),
    rawToken: async () => {
      const res = await request(`${sim.url}/oauth/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
      return ((await res.body.json()) as { access_token: string }).access_token;
    },
    raw: async (method, path, token) => {
      const res = await request(`${sim.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}` },
      });
      await res.body.dump();
      return res.statusCode;
    },
    close: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await sim.close();
    },
  };
}

/** A copy without the given top-level and config keys, for "everything else is identical" checks. */
export function without(
  action: Record<string, unknown>,
  keys: string[],
  configKeys: string[],
): Record<string, unknown> {
  const copy = structuredClone(action);
  for (const key of keys) delete copy[key];
  const config = copy.config as Record<string, unknown> | undefined;
  if (config !== undefined) for (const key of configKeys) delete config[key];
  return copy;
}
