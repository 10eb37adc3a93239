import { afterEach } from 'vitest';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../simulator/index.js';

/** Starts simulators that are closed after each test, whatever the test's outcome. */
export function useSimulators(): (options?: SimulatorOptions) => Promise<RunningSimulator> {
  const running: RunningSimulator[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((sim) => sim.close()));
  });
  return async (options = {}) => {
    const sim = await startSimulator(options);
    running.push(sim);
    return sim;
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test assertions walk arbitrary JSON
}

export async function call(
  sim: RunningSimulator,
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    headers?: Record<string, string>;
    rawBody?: string;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(`${sim.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

export async function login(sim: RunningSimulator): Promise<string> {
  const answer = await call(sim, 'POST', '/oauth/token', {
    headers: {
      Authorization: basic(sim.clientId, sim.clientSecret),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    rawBody: 'grant_type=client_credentials',
  });
  if (answer.status !== 200) throw new Error(`login failed: ${answer.status} ${answer.text}`);
  return answer.json.access_token as string;
}

export const ACTIONS = '/api/v2/integrations/actions';

/** Named demo actions. */
export const DEMO = {
  getCustomerOrderErp: 'custom_-_92b26918-525c-4bda-86df-9aa2f61955c9',
  checkInventory: 'custom_-_4b1e6c52-8d0a-4c1b-9a55-2f7d3e9c0a11',
  createReturn: 'custom_-_28137b1a-858f-46ce-be38-044b511513bb',
  lookupAccountByPhone: 'custom_-_2cfa8a92-238a-424c-b80b-6306616bbae4',
  getQueueEwt: 'custom_-_05584d32-14f3-4a43-b4a6-c2116e975fe8',
  staticGetUser: 'static_4e312313-566d-42a3-aad5-950a3b6924f4',
  scoreLead: 'custom_-_cf71413f-2abd-42cc-a839-523ea2a8c0f4',
  classifyIntent: 'custom_-_f9d114ba-a1c0-4f1e-9b68-2ece312e30ff',
  paymentsIntegration: '032eaae7-8102-4935-800e-bdf6212fe5c7',
  customAuth: 'customAuth_-_032eaae7-8102-4935-800e-bdf6212fe5c7',
} as const;
