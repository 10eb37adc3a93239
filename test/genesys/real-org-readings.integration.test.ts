import { afterEach, describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../simulator/index.js';
import { createGenesysClient, type GenesysClient } from '../../src/genesys/client.js';
import {
  GenesysApiError,
  GenesysOperationError,
  isVersionMismatch,
} from '../../src/genesys/errors.js';

/**
 * The second reading of a real org (GENESYS_API.md §12), one simulator knob each, met by the
 * real client: what it does and what a user reads.
 */

const ACTIONS = '/api/v2/integrations/actions';
const CHECK_INVENTORY = 'custom_-_4b1e6c52-8d0a-4c1b-9a55-2f7d3e9c0a11';
const SCORE_LEAD = 'custom_-_cf71413f-2abd-42cc-a839-523ea2a8c0f4';
const AUTHORIZE_PAYMENT = 'custom_-_fd7fab7a-e50f-49e4-ba58-4d65b7303215';

let sims: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.map((s) => s.close()));
  sims = [];
});

async function open(
  options: SimulatorOptions,
  sleep?: (ms: number) => Promise<void>,
): Promise<{ sim: RunningSimulator; client: GenesysClient }> {
  const sim = await startSimulator(options);
  sims.push(sim);
  const client = createGenesysClient({
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    endpoint: resolveEndpoint({ apiBaseUrl: sim.url }),
    ...(sleep === undefined ? {} : { sleep }),
  });
  return { sim, client };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(outcome instanceof Error)) throw new Error('expected a failure');
  return outcome;
}

describe('version mismatch, every form (§12)', () => {
  it.each(['409', '400', '400-swagger', '409-database', '408'] as const)(
    '--version-mismatch %s is a mismatch: re-read and re-check',
    async (form) => {
      const { client } = await open({ versionMismatch: form }, async () => {});
      const live = await client.getAction(CHECK_INVENTORY, { includeConfig: true });
      const error = await failure(
        client.patchAction(CHECK_INVENTORY, { version: live.version - 1, config: live.config! }),
      );
      expect(error).toBeInstanceOf(GenesysApiError);
      expect(isVersionMismatch(error)).toBe(true);
    },
  );

  it('rotate: each stale request gets the next form, and every one is a mismatch', async () => {
    const { sim, client } = await open({ versionMismatch: 'rotate' }, async () => {});
    const live = await client.getAction(CHECK_INVENTORY, { includeConfig: true });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const error = await failure(
        client.patchAction(CHECK_INVENTORY, { version: 0, config: live.config! }),
      );
      expect(isVersionMismatch(error)).toBe(true);
      statuses.push((error as GenesysApiError).status!);
    }
    // The transport replays a 408 (the server did not get the whole request); the replay meets
    // the next form, still a mismatch.
    expect(statuses).toEqual([409, 400, 400, 409, 409]);
    const answered = sim.state.log.list().filter((r) => r.method === 'PATCH');
    expect(answered.map((r) => r.status)).toEqual([409, 400, 400, 409, 408, 409]);
    expect(sim.state.getAction(CHECK_INVENTORY).version).toBe(live.version);
  });
});

describe('403 bodies (§12): the hint says what the answer means', () => {
  const view = ['integrations:action:view'];

  it('missing.permissions: every missing permission named, all of them needed', async () => {
    const { client } = await open({ permissions: [], forbidden: 'missing' });
    const error = (await failure(client.listActions())) as GenesysApiError;
    expect(error.missingPermissions).toEqual(['integrations:action:view', 'bridge:actions:view']);
    expect(error.message).toContain(
      'the OAuth client lacks all of integrations:action:view, bridge:actions:view: grant every one of them',
    );
  });

  it('missing.any.permissions: one of them would do', async () => {
    const { client } = await open({ permissions: [], forbidden: 'any' });
    const error = (await failure(client.listActions())) as GenesysApiError;
    expect(error.forbidden).toBe('any');
    expect(error.message).toContain(
      'the OAuth client needs at least one of integrations:action:view, bridge:actions:view: grant any one of them',
    );
  });

  it('not.authorized: the answer names none, so the hint points at roles and divisions', async () => {
    const { client } = await open({ permissions: view, forbidden: 'unauthorized' });
    const error = (await failure(client.listIntegrations())) as GenesysApiError;
    expect(error.missingPermissions).toEqual([]);
    expect(error.message).toContain(
      "the answer names no permission: check the OAuth client's roles and divisions",
    );
  });
});

describe('function data actions (§12)', () => {
  it('rides out a draft function that is not made yet and a publish still processing', async () => {
    const { sim, client } = await open({ functionProcessing: 2, functionRatePerSecond: 2 });
    const saved = await client.updateFunctionTimeout(SCORE_LEAD, 9);
    expect(saved.function?.timeoutSeconds).toBe(9);
    const log = sim.state.log.list().filter((r) => r.path.startsWith(`${ACTIONS}/${SCORE_LEAD}`));
    const line = (r: (typeof log)[number]): string =>
      `${r.status} ${r.method} ${r.path.slice(`${ACTIONS}/${SCORE_LEAD}`.length) || '/'}`;
    // A 429 of the per-second function limit may come between, depending on timing: replayed.
    expect(log.map(line).filter((l) => /^4(?!29)\d\d/.test(l))).toEqual([
      '404 GET /draft', // no draft of someone else's
      '404 GET /draft/function',
      '404 GET /draft/function',
      '400 POST /draft/publish',
      '400 POST /draft/publish',
    ]);
    const put = log.find((r) => r.method === 'PUT');
    expect(Object.keys(put?.body as object)).toEqual([
      'description',
      'handler',
      'runtime',
      'timeoutSeconds',
    ]);
    expect(sim.state.store.drafts.has(SCORE_LEAD)).toBe(false);
  });

  it('gives up after bounded tries with a message that says so, and deletes its draft', async () => {
    const { sim, client } = await open({ functionProcessing: 50 }, async () => {});
    const error = await failure(client.updateFunctionTimeout(SCORE_LEAD, 9));
    expect(error.message).toMatch(
      /was not ready after 6 tries over 15\.5 s \(its function was not made\): re-run later/,
    );
    expect(sim.state.store.drafts.has(SCORE_LEAD)).toBe(false);
    expect(sim.state.store.get(SCORE_LEAD).function?.timeoutSeconds).not.toBe(9);
  });

  it.each([
    ['allow-same', undefined],
    ['refuse', /refused to change function action .* on its runtime nodejs18\.x/],
  ] as const)('--deprecated-runtime %s', async (style, refused) => {
    const { sim, client } = await open({ deprecatedRuntime: style });
    sim.state.store.get(SCORE_LEAD).function!.runtime = 'nodejs18.x';
    const outcome = client.updateFunctionTimeout(SCORE_LEAD, 7);
    if (refused === undefined) {
      expect((await outcome).function?.timeoutSeconds).toBe(7);
      return;
    }
    const error = await failure(outcome);
    expect(error).toBeInstanceOf(GenesysOperationError);
    expect(error.message).toMatch(refused);
    expect(error.message).toContain('must be moved to an Available runtime');
    expect(sim.state.store.drafts.has(SCORE_LEAD)).toBe(false);
  });
});

describe('PATCH body shape (§12)', () => {
  it('--patch-shape strict: every PATCH carries the three maps; a function action none of its read-only URL', async () => {
    const { sim, client } = await open({ patchShape: 'strict' });
    for (const id of [CHECK_INVENTORY, SCORE_LEAD]) {
      const live = await client.getAction(id, { includeConfig: true });
      await client.updateTimeout(id, { version: live.version, timeoutSeconds: 11 });
    }
    const patches = sim.state.log.list().filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.status)).toEqual([200, 200]);
    for (const entry of patches) {
      const config = (entry.body as { config: Record<string, Record<string, unknown>> }).config;
      expect(config.request?.headers).toBeTypeOf('object');
      expect(config.response?.translationMap).toBeTypeOf('object');
      expect(config.response?.translationMapDefaults).toBeTypeOf('object');
    }
    const fn = patches.find((r) => r.path.endsWith(SCORE_LEAD))!;
    expect(JSON.stringify(fn.body)).not.toContain('requestUrlTemplate');
  });

  it('--patch-shape strict refuses a PATCH without the maps, naming the field', async () => {
    const { client } = await open({ patchShape: 'strict' });
    const live = await client.getAction(CHECK_INVENTORY, { includeConfig: true });
    const error = await failure(
      client.patchAction(CHECK_INVENTORY, { version: live.version, config: { timeoutSeconds: 5 } }),
    );
    expect(error.message).toContain('config.request.headers');
  });
});

describe('secure actions in dependency tracking (§12)', () => {
  it('--secure-dependencies secure-only: the flows of a secure action come through SECUREACTION', async () => {
    const { sim, client } = await open({ secureDependencies: 'secure-only' });
    const flows = await client.listConsumingFlows(AUTHORIZE_PAYMENT);
    expect(flows.map((f) => f.name).length).toBeGreaterThan(0);
    const asked = sim.state.log
      .list()
      .filter((r) => r.path.includes('dependencytracking'))
      .map((r) => `${r.query.objectType}:${r.status}`);
    expect(asked).toEqual(['DATAACTION:200', 'SECUREACTION:200']);
  });
});

describe('analytics jobs, a Preview API (§12)', () => {
  it.each([
    ['EXPIRED', 'its results expired before they were read'],
    ['OUTDATED_SDK_VERSION', 'the org refuses the version of the jobs API gc-timeouts speaks'],
  ] as const)('a job that ends %s degrades to a note, no latency', async (state, note) => {
    const { client } = await open({
      analytics: { syncMaxGroups: 1, jobQueuedMs: 0, jobRunningMs: 0, jobEndState: state },
    });
    const now = Date.now();
    const interval = `${new Date(now - 7 * 86_400_000).toISOString()}/${new Date(now).toISOString()}`;
    const reading = await client.readActionLatency(
      { actionIds: [CHECK_INVENTORY, AUTHORIZE_PAYMENT] },
      interval,
    );
    expect(reading.byAction.size).toBe(0);
    expect(reading.unavailable).toMatchObject({ reason: 'job-failed' });
    expect(reading.unavailable?.message).toBe(
      `the analytics job ended ${state}: ${note}${
        state === 'OUTDATED_SDK_VERSION' ? ' (a Preview API, subject to change)' : ''
      }`,
    );
  });
});
