import { describe, expect, it } from 'vitest';
import { ACTIONS, DEMO, call, login, useSimulators } from './helpers.js';

describe('GET /api/v2/integrations/actions', () => {
  const start = useSimulators();

  async function session(options: Parameters<typeof start>[0] = {}) {
    const sim = await start({ rateLimitPerMinute: 0, ...options });
    const token = await login(sim);
    const get = (path: string) => call(sim, 'GET', path, { token });
    return { sim, token, get };
  }

  it.each([
    [1, 1],
    [100, 1],
    [101, 2],
  ])(
    'pages %i actions at pageSize 100 into %i page(s) with the full envelope',
    async (count, pages) => {
      const { get } = await session({ seed: `scale:${count}` });
      const first = await get(`${ACTIONS}?pageSize=100&includeConfig=true`);
      expect(first.status).toBe(200);
      const uri = (n: number) => `${ACTIONS}?pageSize=100&pageNumber=${n}&includeConfig=true`;
      expect(first.json).toMatchObject({
        pageSize: 100,
        pageNumber: 1,
        total: count,
        pageCount: pages,
      });
      expect(first.json.entities).toHaveLength(Math.min(count, 100));
      expect(first.json.firstUri).toBe(uri(1));
      expect(first.json.selfUri).toBe(uri(1));
      expect(first.json.lastUri).toBe(uri(pages));
      expect(first.json.previousUri).toBeUndefined();
      if (pages === 1) {
        expect(first.json.nextUri).toBeUndefined();
      } else {
        expect(first.json.nextUri).toBe(uri(2));
        const second = await get(first.json.nextUri);
        expect(second.json.entities).toHaveLength(1);
        expect(second.json.nextUri).toBeUndefined();
        expect(second.json.previousUri).toBe(uri(1));
        const ids = new Set(
          [...first.json.entities, ...second.json.entities].map((a: { id: string }) => a.id),
        );
        expect(ids.size).toBe(101);
      }
    },
  );

  it('defaults to pageSize 25 and answers pages past the end with no entities', async () => {
    const { get } = await session();
    const first = await get(ACTIONS);
    expect(first.json).toMatchObject({ pageSize: 25, pageNumber: 1, total: 39, pageCount: 2 });
    const beyond = await get(`${ACTIONS}?pageNumber=3`);
    expect(beyond.json.entities).toEqual([]);
    expect(beyond.json.nextUri).toBeUndefined();
  });

  it.each([
    'pageSize=101',
    'pageSize=0',
    'pageSize=ten',
    'pageNumber=0',
    'includeConfig=yes',
    'sortBy=timeout',
    'sortOrder=up',
    'secure=maybe',
  ])('refuses %s with a 400 ErrorBody naming the field', async (query) => {
    const { get } = await session();
    const answer = await get(`${ACTIONS}?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'bad.request', status: 400, errors: [] });
    expect(answer.json.details[0].fieldName).toBe(query.split('=')[0]);
  });

  it('returns config only with includeConfig=true', async () => {
    const { get } = await session();
    const without = await get(`${ACTIONS}?pageSize=100`);
    expect(without.json.entities.some((a: object) => 'config' in a)).toBe(false);
    const off = await get(`${ACTIONS}?pageSize=100&includeConfig=false`);
    expect(off.json.entities.some((a: object) => 'config' in a)).toBe(false);
    const withConfig = await get(`${ACTIONS}?pageSize=100&includeConfig=true`);
    expect(withConfig.json.entities.every((a: { config?: object }) => a.config !== undefined)).toBe(
      true,
    );
    expect(withConfig.json.entities.some((a: object) => 'contract' in a)).toBe(false);
  });

  it('filters by ids (at most 50), name, category and secure', async () => {
    const { get } = await session({ seed: 'scale:60' });
    const all = (await get(`${ACTIONS}?pageSize=100`)).json.entities as {
      id: string;
      name: string;
    }[];
    const ids = all.map((a) => a.id);
    const tooMany = await get(`${ACTIONS}?ids=${ids.slice(0, 51).join(',')}`);
    expect(tooMany.status).toBe(400);
    const fifty = await get(`${ACTIONS}?pageSize=100&ids=${ids.slice(0, 50).join(',')}`);
    expect(fifty.json.total).toBe(50);

    const demo = await session();
    const byName = await demo.get(`${ACTIONS}?name=customer%20ORDER`);
    expect(byName.json.entities.map((a: { name: string }) => a.name)).toEqual([
      'Get Customer Order',
      'Get Customer Order',
    ]);
    const byCategory = await demo.get(`${ACTIONS}?category=Salesforce&pageSize=100`);
    expect(byCategory.json.total).toBe(10);
    expect((await demo.get(`${ACTIONS}?category=salesforce`)).json.total).toBe(0);
    const secure = await demo.get(`${ACTIONS}?secure=true&pageSize=100`);
    expect(secure.json.entities.map((a: { name: string }) => a.name).sort()).toEqual([
      'Authorize Payment',
      'Lookup Account (Verified Caller)',
      'Refund Payment',
      'Tokenize Card (PCI)',
    ]);
  });

  it('lists custom-auth actions only with includeAuthActions=true', async () => {
    const { get } = await session();
    const plain = await get(`${ACTIONS}?pageSize=100`);
    expect(plain.json.entities.some((a: { id: string }) => a.id === DEMO.customAuth)).toBe(false);
    const withAuth = await get(`${ACTIONS}?pageSize=100&includeAuthActions=true`);
    expect(withAuth.json.total).toBe(40);
    const auth = withAuth.json.entities.find((a: { id: string }) => a.id === DEMO.customAuth);
    expect(auth).toMatchObject({ version: 1, integrationId: DEMO.paymentsIntegration });
  });

  it('sorts by name ascending by default, by any root field and order on request', async () => {
    const { get } = await session();
    const names = (json: { entities: { name: string }[] }) => json.entities.map((a) => a.name);
    const byName = names((await get(`${ACTIONS}?pageSize=100`)).json);
    expect(byName).toEqual(
      [...byName].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    );
    const desc = names((await get(`${ACTIONS}?pageSize=100&sortOrder=DESC`)).json);
    expect(desc).toEqual([...byName].reverse());
    const byVersion = (await get(`${ACTIONS}?pageSize=100&sortBy=version&sortOrder=desc`)).json
      .entities;
    expect(byVersion[0].version).toBe(12);
  });

  it('reads one action with expand=contract and includeConfig, and 404s unknown ids', async () => {
    const { get } = await session();
    const plain = await get(`${ACTIONS}/${DEMO.checkInventory}`);
    expect(Object.keys(plain.json)).toEqual([
      'id',
      'name',
      'integrationId',
      'category',
      'version',
      'secure',
      'selfUri',
    ]);
    const full = await get(`${ACTIONS}/${DEMO.checkInventory}?expand=contract&includeConfig=true`);
    expect(full.json.contract.input.inputSchema.properties).toHaveProperty('sku');
    expect(full.json.config.timeoutSeconds).toBe(30);
    const missing = await get(`${ACTIONS}/custom_-_00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ code: 'not.found', status: 404, details: [], errors: [] });
  });

  it('lists categories without URI fields, and drafts with the action envelope', async () => {
    const { get, sim, token } = await session();
    const categories = await get('/api/v2/integrations/actions/categories?pageSize=100');
    expect(categories.json).toEqual({
      entities: ['ERP', 'Function Data Actions', 'Genesys Cloud', 'Payments', 'Salesforce'].map(
        (name) => ({ name }),
      ),
      pageSize: 100,
      pageNumber: 1,
      total: 5,
      pageCount: 1,
    });
    expect((await get(`${ACTIONS}/drafts`)).json.total).toBe(0);
    await call(sim, 'POST', `${ACTIONS}/${DEMO.scoreLead}/draft`, { token });
    const drafts = await get(`${ACTIONS}/drafts`);
    expect(drafts.json).toMatchObject({
      total: 1,
      pageCount: 1,
      firstUri: `${ACTIONS}/drafts?pageSize=25&pageNumber=1`,
    });
    expect(drafts.json.entities[0]).toMatchObject({
      id: DEMO.scoreLead,
      version: 1,
      selfUri: `${ACTIONS}/${DEMO.scoreLead}/draft`,
    });
  });
});
