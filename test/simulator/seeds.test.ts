import { describe, expect, it } from 'vitest';
import { buildSeed, isValidSeed } from '../../simulator/seeds/index.js';
import { actionKind } from '../../simulator/types.js';

describe('seeds', () => {
  const demo = buildSeed('demo');
  const integrationName = (id: string) => demo.integrations.find((i) => i.id === id)?.name;

  it.each([
    ['Get Customer Order', 'ERP Web Services', 'ERP', 10],
    ['Create Return Authorization', 'ERP Web Services', 'ERP', undefined],
    ['Check Inventory Levels', 'ERP Web Services', 'ERP', 30],
    ['Legacy Order Lookup', 'ERP Web Services', 'ERP', 3],
    ['Update Shipping Address', 'ERP Web Services', 'ERP', 12],
    ['Lookup Account by Phone', 'Salesforce CRM', 'Salesforce', 3],
    ['Lookup Contact by Email', 'Salesforce CRM', 'Salesforce', 3],
    ['Lookup Case by Number', 'Salesforce CRM', 'Salesforce', undefined],
    ['Lookup Opportunity', 'Salesforce CRM', 'Salesforce', 20],
    ['Create Case', 'Salesforce CRM', 'Salesforce', 10],
    ['Get Customer Order', 'Salesforce CRM', 'Salesforce', 8],
    ['Get Queue Estimated Wait Time', 'Genesys Cloud Data Actions', 'Genesys Cloud', undefined],
    ['Score Lead', 'Scoring Functions', 'Function Data Actions', 20],
    ['Authorize Payment', 'Payments Gateway', 'Payments', 20],
    ['Refund Payment', 'Payments Gateway', 'Payments', undefined],
  ])('demo has %s in %s', (name, integration, category, timeout) => {
    const matches = demo.actions.filter(
      (a) => a.name === name && integrationName(a.integrationId) === integration,
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]?.category).toBe(category);
    expect(matches[0]?.config.timeoutSeconds).toBe(timeout);
  });

  it('demo has the fixed ids, function settings, static and custom-auth actions', () => {
    const byId = new Map(demo.actions.map((a) => [a.id, a]));
    expect(byId.get('custom_-_4b1e6c52-8d0a-4c1b-9a55-2f7d3e9c0a11')?.name).toBe(
      'Check Inventory Levels',
    );
    expect(demo.actions.find((a) => a.name === 'Score Lead')?.function).toMatchObject({
      timeoutSeconds: 15,
      handler: 'src/index.handler',
      runtime: 'nodejs22.x',
    });
    expect(demo.actions.find((a) => a.name === 'Classify Intent')?.function?.timeoutSeconds).toBe(
      10,
    );
    expect(demo.actions.filter((a) => actionKind(a.id) === 'static').map((a) => a.name)).toEqual([
      'Get User',
      'Get Queue Members',
      'Get Queue by Name',
    ]);
    const payments = demo.integrations.find((i) => i.name === 'Payments Gateway');
    expect(payments?.credentialType).toBe('userDefinedOAuth');
    expect(byId.get(`customAuth_-_${payments?.id}`)).toMatchObject({ version: 1 });
    expect(demo.integrations.map((i) => i.typeId).sort()).toEqual([
      'custom-rest-actions',
      'custom-rest-actions',
      'custom-rest-actions',
      'function-data-actions',
      'purecloud-data-actions',
    ]);
    expect(demo.actions).toHaveLength(40);
    expect(new Set(demo.actions.map((a) => a.id)).size).toBe(40);
    expect(demo.actions.filter((a) => /[/()&:]/.test(a.name)).length).toBeGreaterThanOrEqual(4);
  });

  it('gives every custom action a full config, a contract and a latency profile', () => {
    for (const action of demo.actions.filter((a) => actionKind(a.id) === 'custom')) {
      expect(action.id).toMatch(
        /^custom_-_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      const { request, response } = action.config;
      expect(request).toMatchObject({
        requestUrlTemplate: expect.any(String),
        requestType: expect.any(String),
        headers: expect.any(Object),
        requestTemplate: expect.any(String),
      });
      expect(response).toMatchObject({
        translationMap: expect.any(Object),
        translationMapDefaults: expect.any(Object),
        successTemplate: expect.any(String),
      });
      expect(action.contract.input.inputSchema.type).toBe('object');
      expect(action.latency.p99Ms).toBeGreaterThanOrEqual(action.latency.p95Ms);
    }
  });

  it('is deterministic', () => {
    expect(buildSeed('demo')).toEqual(demo);
    expect(buildSeed('scale:50')).toEqual(buildSeed('scale:50'));
  });

  // How fast it builds is a bench figure, not a test: a loaded machine must not fail it.
  it('builds scale:20000 with unique names and some unset timeouts', () => {
    const seed = buildSeed('scale:20000');
    expect(seed.actions).toHaveLength(20_000);
    expect(new Set(seed.actions.map((a) => a.name)).size).toBe(20_000);
    expect(new Set(seed.actions.map((a) => a.id)).size).toBe(20_000);
    const unset = seed.actions.filter((a) => a.config.timeoutSeconds === undefined).length;
    expect(unset).toBeGreaterThan(2_000);
    expect(unset).toBeLessThan(10_000);
    expect(new Set(seed.actions.map((a) => a.category)).size).toBeGreaterThan(3);
  });

  it('knows demo, empty and scale:N only', () => {
    expect(buildSeed('empty')).toEqual({ integrations: [], actions: [] });
    expect(isValidSeed('scale:10')).toBe(true);
    for (const seed of ['scale:', 'scale:-1', 'scale:1.5', 'big', 'scale:100001'])
      expect(isValidSeed(seed)).toBe(false);
  });
});
