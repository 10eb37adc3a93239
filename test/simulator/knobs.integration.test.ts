import { describe, expect, it } from 'vitest';
import { ACTIONS, DEMO, call, login, useSimulators } from './helpers.js';

/** How the simulated org answers where real orgs differ (GENESYS_API.md §2.4, §2.5, §4, §10). */
describe('simulator knobs', () => {
  const start = useSimulators();

  async function session(options: Parameters<typeof start>[0] = {}) {
    const sim = await start(options);
    const token = await login(sim);
    return {
      sim,
      token,
      get: (path: string) => call(sim, 'GET', path, { token }),
      patch: (id: string, body: unknown) => call(sim, 'PATCH', `${ACTIONS}/${id}`, { token, body }),
    };
  }

  it('--permissions: a call lacking one answers 403 with an ErrorBody naming it', async () => {
    const { get } = await session({ permissions: ['integrations:action:view'] });
    expect((await get(ACTIONS)).status).toBe(200);
    const denied = await get('/api/v2/integrations');
    expect(denied.status).toBe(403);
    expect(denied.json).toMatchObject({
      status: 403,
      message: expect.stringContaining('integrations:integration:view'),
      messageWithParams: expect.stringContaining('{permissions}'),
      messageParams: { permissions: '[integrations:integration:view]' },
      contextId: expect.any(String),
      code: expect.any(String),
    });
  });

  it('--permissions: edits, function reads and analytics each need their own permission', async () => {
    const { get, patch, sim, token } = await session({
      permissions: ['integrations:action:view', 'integrations:integration:view'],
    });
    const action = (await get(`${ACTIONS}/${DEMO.checkInventory}?includeConfig=true`)).json;
    const denied = await patch(DEMO.checkInventory, {
      version: action.version,
      config: action.config,
    });
    expect(denied.status).toBe(403);
    expect(denied.json.message).toContain('integrations:action:edit');
    expect(sim.state.getAction(DEMO.checkInventory).version).toBe(action.version);
    const fn = await get(`${ACTIONS}/${DEMO.scoreLead}/function`);
    expect(fn.json.message).toContain('integrations:actionFunction:view');
    const query = await call(sim, 'POST', '/api/v2/analytics/actions/aggregates/query', {
      token,
      body: { interval: '2026-01-01T00:00:00Z/2026-01-02T00:00:00Z', metrics: ['tTotalExecution'] },
    });
    expect(query.status).toBe(200);
    const none = await session({ permissions: [] });
    expect((await none.get(ACTIONS)).json.message).toContain('integrations:action:view');
  });

  it('--rate-limit: every response states count, allowed and reset', async () => {
    const { get } = await session({ rateLimitPerMinute: 180 });
    const first = await get(ACTIONS);
    expect(first.headers.get('inin-ratelimit-allowed')).toBe('180');
    expect(first.headers.get('inin-ratelimit-count')).toBe('1');
    expect(Number(first.headers.get('inin-ratelimit-reset'))).toBeGreaterThanOrEqual(59);
    const missing = await get(`${ACTIONS}/custom_-_nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('inin-ratelimit-count')).toBe('2');
    expect(missing.headers.get('inin-ratelimit-allowed')).toBe('180');
  });

  it('--retry-after off: a 429 says when only through inin-ratelimit-reset', async () => {
    const on = await session({ rateLimitPerMinute: 1 });
    await on.get(ACTIONS);
    const limited = await on.get(ACTIONS);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).not.toBeNull();

    const off = await session({ rateLimitPerMinute: 1, retryAfter: false });
    await off.get(ACTIONS);
    const bare = await off.get(ACTIONS);
    expect(bare.status).toBe(429);
    expect(bare.headers.get('retry-after')).toBeNull();
    expect(bare.headers.get('inin-ratelimit-count')).toBe('1');
    expect(Number(bare.headers.get('inin-ratelimit-reset'))).toBeGreaterThanOrEqual(59);
  });

  it('--version-mismatch: the three wordings', async () => {
    const answers: Record<string, { status: number; message: string }> = {};
    for (const style of ['409', '400', '400-swagger'] as const) {
      const { patch } = await session({ versionMismatch: style });
      const answer = await patch(DEMO.checkInventory, { version: 999, config: {} });
      answers[style] = { status: answer.status, message: answer.json.message };
    }
    expect(answers['409']).toEqual({
      status: 409,
      message: 'Version does not match current version.',
    });
    expect(answers['400']?.status).toBe(400);
    expect(answers['400']?.message).toMatch(/does not match the current version/);
    expect(answers['400-swagger']).toEqual({
      status: 400,
      message: 'Version does not match current version.',
    });
  });

  it('--missing-template empty: a template an existing action lacks is 200 with an empty body', async () => {
    const { sim, get } = await session({ missingTemplate: 'empty' });
    // Every demo action has both templates; this one loses its request template.
    sim.state.editAction(DEMO.checkInventory, { config: { request: { requestTemplate: null } } });
    const bare = { id: DEMO.checkInventory };
    const answer = await get(`${ACTIONS}/${bare?.id}/templates/requesttemplate.vm`);
    expect(answer).toMatchObject({ status: 200, text: '' });
    expect((await get(`${ACTIONS}/${bare?.id}/templates/other.vm`)).status).toBe(404);
    expect((await get(`${ACTIONS}/custom_-_nope/templates/requesttemplate.vm`)).status).toBe(404);
    const strict404 = await session();
    strict404.sim.state.editAction(DEMO.checkInventory, {
      config: { request: { requestTemplate: null } },
    });
    const missing = await strict404.get(`${ACTIONS}/${bare?.id}/templates/requesttemplate.vm`);
    expect(missing.status).toBe(404);
  });

  it('--patch-config merge: keys left out keep their values, null removes, recursively', async () => {
    const { sim, patch } = await session({ patchConfig: 'merge' });
    const before = sim.state.getAction(DEMO.getCustomerOrderErp);
    expect(before.config.timeoutSeconds).toBeDefined();
    const kept = await patch(DEMO.getCustomerOrderErp, {
      version: before.version,
      config: { request: { requestType: 'POST' } },
    });
    expect(kept.status).toBe(200);
    const after = sim.state.getAction(DEMO.getCustomerOrderErp);
    expect(after.config.timeoutSeconds).toBe(before.config.timeoutSeconds);
    expect(after.config.request).toEqual({ ...before.config.request, requestType: 'POST' });
    expect(after.config.response).toEqual(before.config.response);
    await patch(DEMO.getCustomerOrderErp, {
      version: after.version,
      config: { timeoutSeconds: null },
    });
    expect(sim.state.getAction(DEMO.getCustomerOrderErp).config).not.toHaveProperty(
      'timeoutSeconds',
    );
  });

  it('--profile strict sets every knob but permissions; the admin API reads and changes them', async () => {
    const sim = await start({
      profile: 'strict',
      permissions: ['integrations:action:view'],
      admin: true,
    });
    const knobs = (await call(sim, 'GET', '/__sim/knobs')).json;
    expect(knobs).toEqual({
      permissions: ['integrations:action:view'],
      rateLimitPerMinute: 180,
      retryAfter: false,
      versionMismatch: 'rotate',
      missingTemplate: 'empty',
      patchConfig: 'merge',
      draftZip: 'drop',
      listingConfig: 'lean',
      pageCap: 50,
      forbidden: 'unauthorized',
      patchShape: 'strict',
      functionProcessing: 2,
      functionRatePerSecond: 2,
      deprecatedRuntime: 'refuse',
      secureDependencies: 'secure-only',
    });
    const explicit = await start({ profile: 'strict', rateLimitPerMinute: 0 });
    expect(explicit.state.knobs.rateLimitPerMinute).toBe(0);
    const changed = await call(sim, 'PATCH', '/__sim/knobs', {
      body: { permissions: 'all', versionMismatch: '409', retryAfter: true },
    });
    expect(changed.json).toMatchObject({
      permissions: 'all',
      versionMismatch: '409',
      patchConfig: 'merge',
    });
    const token = await login(sim);
    expect((await call(sim, 'GET', '/api/v2/integrations', { token })).status).toBe(200);
    const bad = await call(sim, 'PATCH', '/__sim/knobs', { body: { patchConfig: 'sideways' } });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain('patchConfig must be replace, merge');
    expect(
      (await call(sim, 'PATCH', '/__sim/knobs', { body: { profile: 'default' } })).json,
    ).toMatchObject({
      patchConfig: 'replace',
      rateLimitPerMinute: 300,
      permissions: 'all',
    });
  });
});
