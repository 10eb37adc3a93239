import { afterEach, beforeEach, expect } from 'vitest';
import type { SimulatorOptions } from '../../simulator/index.js';
import { parsePlanMarker } from '../../src/github/marker.js';
import { startWorld, type ActionWorld } from './action-world.js';

/**
 * The Action's end-to-end suites (test/action/action-*.e2e.test.ts): a fresh world for each test,
 * its fake GitHub checked against the OpenAPI description afterwards, and what the tests ask of it.
 * The suites are split by workflow so the two test workers share the process-heavy runs.
 */
export function useActionWorld(sim: SimulatorOptions): ActionWorld {
  let current: ActionWorld | undefined;
  beforeEach(async () => {
    current = await startWorld({ sim });
  });
  afterEach(async () => {
    current?.gh.assertNoViolations();
    await current?.close();
    current = undefined;
  });
  return new Proxy({} as ActionWorld, {
    get(_target, key) {
      if (current === undefined) throw new Error('the world exists only inside a test');
      const value: unknown = Reflect.get(current, key);
      return typeof value === 'function' ? (value as () => unknown).bind(current) : value;
    },
  });
}

export const HEAD = (n: number): string => n.toString(16).padStart(40, 'a');
export const MERGE = 'e'.repeat(40);

export function planComments(world: ActionWorld, number: number): { body: string; id: number }[] {
  return world.gh.commentsOn(number).filter((c) => parsePlanMarker(c.body) !== undefined);
}

export async function authHeaders(world: ActionWorld): Promise<Record<string, string>> {
  const basic = Buffer.from(`${world.sim.clientId}:${world.sim.clientSecret}`).toString('base64');
  const answer = await fetch(`${world.sim.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  expect(answer.status).toBe(200);
  const { access_token: token } = (await answer.json()) as { access_token: string };
  return { authorization: `Bearer ${token}` };
}

export function actionByName(world: ActionWorld, name: string, category: string): string {
  const found = world.sim.state
    .listActions()
    .find((a) => a.name === name && a.category === category);
  if (found === undefined) throw new Error(`${name} not in the demo org`);
  return found.id;
}
