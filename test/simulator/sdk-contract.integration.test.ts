import platformClient from 'purecloud-platform-client-v2';
import { describe, expect, it } from 'vitest';
import { DEMO, useSimulators } from './helpers.js';

/**
 * The official SDK (purecloud-platform-client-v2 262) drives the simulator unmodified. Its
 * `setGateway` (configuration.js getConfUrl) points both the login and the API base at one
 * http host and port, which is exactly what the simulator serves.
 */
describe('official SDK against the simulator', () => {
  const start = useSimulators();

  async function connect(options: Parameters<typeof start>[0] = {}) {
    const sim = await start(options);
    const { port, hostname, protocol } = new URL(sim.url);
    const client = platformClient.ApiClient.instance;
    client.setGateway({ host: hostname, protocol: protocol.replace(':', ''), port: Number(port) });
    return { sim, client };
  }

  it('logs in, pages with includeConfig, reads, PATCHes a timeout and gets 409 when stale', async () => {
    const { sim, client } = await connect();
    const auth = await client.loginClientCredentialsGrant(sim.clientId, sim.clientSecret);
    expect(auth.accessToken).toMatch(/^\S{20,}$/);
    const api = new platformClient.IntegrationsApi();

    const first = await api.getIntegrationsActions({
      pageSize: 10,
      pageNumber: 1,
      includeConfig: true,
    });
    expect(first.pageSize).toBe(10);
    expect(first.total).toBe(39);
    expect(first.pageCount).toBe(4);
    expect(first.nextUri).toBe(
      '/api/v2/integrations/actions?pageSize=10&pageNumber=2&includeConfig=true',
    );
    const last = await api.getIntegrationsActions({
      pageSize: 10,
      pageNumber: 4,
      includeConfig: true,
    });
    expect(last.entities).toHaveLength(9);
    expect(last.nextUri).toBeUndefined();
    expect(first.entities?.every((a) => a.config !== undefined)).toBe(true);

    const action = await api.getIntegrationsAction(DEMO.checkInventory, {
      includeConfig: true,
      expand: 'contract',
    });
    expect(action.name).toBe('Check Inventory Levels');
    expect(action.config?.timeoutSeconds).toBe(30);
    expect(action.contract?.input?.inputSchema).toBeDefined();
    const template = await api.getIntegrationsActionTemplate(
      DEMO.checkInventory,
      'requesttemplate.vm',
    );
    expect(template).toBe('${input.rawRequest}');

    const config = {
      ...action.config,
      timeoutSeconds: 40,
      request: { ...action.config?.request, requestTemplate: template },
    };
    const patched = await api.patchIntegrationsAction(DEMO.checkInventory, {
      version: action.version as number,
      config,
    });
    expect(patched.version).toBe((action.version as number) + 1);
    expect(patched.config?.timeoutSeconds).toBe(40);
    expect(sim.state.getAction(DEMO.checkInventory).config.request?.requestTemplate).toBe(
      '${input.rawRequest}',
    );

    const stale = await api
      .patchIntegrationsAction(DEMO.checkInventory, { version: action.version as number, config })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(stale).toMatchObject({ status: 409, code: 'conflict' });
    expect(sim.state.getAction(DEMO.checkInventory).version).toBe((action.version as number) + 1);
  });

  it('runs the function draft flow and reads integrations, runtimes and analytics', async () => {
    const { sim, client } = await connect();
    await client.loginClientCredentialsGrant(sim.clientId, sim.clientSecret);
    const api = new platformClient.IntegrationsApi();

    const functions = await api.getIntegrations({
      pageSize: 25,
      integrationType: 'function-data-actions',
    });
    expect(functions.entities?.map((i) => i.name)).toEqual(['Scoring Functions']);
    const runtimes = await api.getIntegrationsActionsFunctionsRuntimes();
    expect(runtimes.map((r) => r.name)).toContain('nodejs22.x');

    const published = await api.getIntegrationsActionFunction(DEMO.scoreLead);
    expect(published.function?.timeoutSeconds).toBe(15);
    await api.postIntegrationsActionDraft(DEMO.scoreLead);
    const fn = published.function as platformClient.Models.Function;
    await api.putIntegrationsActionDraftFunction(DEMO.scoreLead, {
      description: fn.description,
      handler: fn.handler,
      runtime: fn.runtime,
      timeoutSeconds: 12,
    });
    const draft = await api.getIntegrationsActionDraft(DEMO.scoreLead);
    const after = await api.postIntegrationsActionDraftPublish(DEMO.scoreLead, {
      version: draft.version as number,
    });
    expect(after.version).toBe(5);
    expect((await api.getIntegrationsActionFunction(DEMO.scoreLead)).function?.timeoutSeconds).toBe(
      12,
    );

    const analytics = new platformClient.AnalyticsApi();
    const stats = await analytics.postAnalyticsActionsAggregatesQuery({
      interval: '2026-03-01T00:00:00.000Z/2026-03-08T00:00:00.000Z',
      metrics: ['tTotalExecution'],
      groupBy: ['actionId'],
      filter: {
        type: 'or',
        predicates: [{ dimension: 'actionId', value: DEMO.getCustomerOrderErp }],
      },
    });
    expect(stats.results?.[0]?.group?.actionId).toBe(DEMO.getCustomerOrderErp);
    expect(stats.results?.[0]?.data?.[0]?.metrics?.[0]?.stats?.p99).toBeGreaterThan(10_000);
  });

  it('works under --profile strict: reads, a full-config PATCH, every mismatch form, a 403 naming none', async () => {
    const { sim, client } = await connect({
      profile: 'strict',
      permissions: ['integrations:action:view', 'integrations:action:edit'],
    });
    await client.loginClientCredentialsGrant(sim.clientId, sim.clientSecret);
    const api = new platformClient.IntegrationsApi();
    const page = await api.getIntegrationsActions({ pageSize: 100, includeConfig: true });
    expect(page.total).toBe(39);
    const action = await api.getIntegrationsAction(DEMO.checkInventory, { includeConfig: true });
    const template = await api.getIntegrationsActionTemplate(
      DEMO.checkInventory,
      'requesttemplate.vm',
    );
    const config = {
      ...action.config,
      timeoutSeconds: 41,
      request: { ...action.config?.request, requestTemplate: template },
    };
    const patched = await api.patchIntegrationsAction(DEMO.checkInventory, {
      version: action.version as number,
      config,
    });
    expect(patched.config?.timeoutSeconds).toBe(41);
    const stale = await api
      .patchIntegrationsAction(DEMO.checkInventory, { version: action.version as number, config })
      .catch((error: unknown) => error);
    // Strict rotates through every form a real org gives (GENESYS_API.md §12).
    expect(stale).toMatchObject({
      status: 409,
      message: 'Version does not match current version.',
    });
    const again = await api
      .patchIntegrationsAction(DEMO.checkInventory, { version: action.version as number, config })
      .catch((error: unknown) => error);
    expect(again).toMatchObject({
      status: 400,
      message: expect.stringContaining('does not match'),
    });
    const denied = await api.getIntegrations({ pageSize: 25 }).catch((error: unknown) => error);
    expect(denied).toMatchObject({ status: 403, code: 'not.authorized' });
    expect(JSON.stringify(denied)).not.toContain('integrations:integration:view');
  });
});
