import { describe, expect, it } from 'vitest';
import { ACTIONS, DEMO, call, login, useSimulators } from './helpers.js';

describe('templates and PATCH /api/v2/integrations/actions/{id}', () => {
  const start = useSimulators();

  async function session(options: Parameters<typeof start>[0] = {}) {
    const sim = await start(options);
    const token = await login(sim);
    return {
      sim,
      get: (path: string) => call(sim, 'GET', path, { token }),
      patch: (id: string, body: unknown) => call(sim, 'PATCH', `${ACTIONS}/${id}`, { token, body }),
    };
  }

  it('returns templates only as …TemplateUri by default, and as text/plain from the templates endpoint', async () => {
    const { get, sim } = await session();
    const action = (await get(`${ACTIONS}/${DEMO.getCustomerOrderErp}?includeConfig=true`)).json;
    const base = `${ACTIONS}/${DEMO.getCustomerOrderErp}`;
    expect(action.config.request).not.toHaveProperty('requestTemplate');
    expect(action.config.response).not.toHaveProperty('successTemplate');
    expect(action.config.request.requestTemplateUri).toBe(`${base}/templates/requesttemplate.vm`);
    const template = await get(action.config.response.successTemplateUri);
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(template.text).toBe(
      sim.state.getAction(DEMO.getCustomerOrderErp).config.response?.successTemplate,
    );
    expect(template.text).toContain('${orderStatus}');
    expect((await get(`${base}/templates/other.vm`)).status).toBe(404);

    const inline = await session({ inlineTemplates: true });
    const inlined = (await inline.get(`${ACTIONS}/${DEMO.getCustomerOrderErp}?includeConfig=true`))
      .json;
    expect(inlined.config.response.successTemplate).toBe(template.text);
    expect(inlined.config.response.successTemplateUri).toBe(`${base}/templates/successtemplate.vm`);
  });

  it('replaces config wholesale: a partial config loses request and response', async () => {
    const { get, patch, sim } = await session();
    const before = (await get(`${ACTIONS}/${DEMO.getCustomerOrderErp}`)).json;
    const answer = await patch(DEMO.getCustomerOrderErp, {
      version: before.version,
      config: { timeoutSeconds: 15 },
    });
    expect(answer.status).toBe(200);
    expect(answer.json.version).toBe(before.version + 1);
    expect(answer.json.config).toEqual({ timeoutSeconds: 15 });
    const stored = sim.state.getAction(DEMO.getCustomerOrderErp);
    expect(stored.config.request).toBeUndefined();
    expect(stored.config.response).toBeUndefined();
  });

  it('ignores …TemplateUri in a PATCH, so sending the GET config back loses the template text', async () => {
    const { get, patch, sim } = await session();
    const action = (await get(`${ACTIONS}/${DEMO.lookupAccountByPhone}?includeConfig=true`)).json;
    await patch(DEMO.lookupAccountByPhone, {
      version: action.version,
      config: { ...action.config, timeoutSeconds: 8 },
    });
    const stored = sim.state.getAction(DEMO.lookupAccountByPhone);
    expect(stored.config.request?.requestUrlTemplate).toBe(
      action.config.request.requestUrlTemplate,
    );
    expect(stored.config.request?.requestTemplate).toBeUndefined();
    expect(stored.config.response?.successTemplate).toBeUndefined();
    expect((await get(action.config.request.requestTemplateUri)).status).toBe(404);
  });

  it('keeps every field when the full config is sent with templates inline; contract and secure are ignored', async () => {
    const { patch, sim } = await session();
    const before = sim.state.getAction(DEMO.checkInventory);
    const answer = await patch(DEMO.checkInventory, {
      version: before.version,
      name: before.name,
      category: before.category,
      config: { ...before.config, timeoutSeconds: 25 },
      secure: true,
      contract: { input: { inputSchema: {} }, output: { successSchema: {} } },
    });
    expect(answer.status).toBe(200);
    const after = sim.state.getAction(DEMO.checkInventory);
    expect(after).toEqual({
      ...before,
      version: before.version + 1,
      config: { ...before.config, timeoutSeconds: 25 },
    });
  });

  it('requires version and answers a stale one with 409 conflict', async () => {
    const { patch, sim } = await session();
    const missing = await patch(DEMO.checkInventory, { config: { timeoutSeconds: 20 } });
    expect(missing.status).toBe(400);
    expect(missing.json.details).toEqual([{ errorCode: 'required', fieldName: 'version' }]);
    const current = sim.state.getAction(DEMO.checkInventory).version;
    const stale = await patch(DEMO.checkInventory, { version: current - 1, name: 'Renamed' });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({
      code: 'conflict',
      status: 409,
      message: 'Version does not match current version.',
    });
    expect(sim.state.getAction(DEMO.checkInventory)).toMatchObject({
      version: current,
      name: 'Check Inventory Levels',
    });
  });

  it('answers a stale version with a 400 "does not match the current version" when so configured', async () => {
    const { patch, sim } = await session({ versionMismatch: '400' });
    const current = sim.state.getAction(DEMO.checkInventory).version;
    const stale = await patch(DEMO.checkInventory, { version: current + 1, name: 'Renamed' });
    expect(stale.status).toBe(400);
    expect(stale.json.code).toBe('bad.request');
    expect(stale.json.message).toContain('does not match the current version');
  });

  it.each([0, 61, 2.5, '10', -5])(
    'refuses config.timeoutSeconds %j with a 400 and details',
    async (value) => {
      const { patch, sim } = await session();
      const before = sim.state.getAction(DEMO.checkInventory);
      const answer = await patch(DEMO.checkInventory, {
        version: before.version,
        config: { ...before.config, timeoutSeconds: value },
      });
      expect(answer.status).toBe(400);
      expect(answer.json.details).toEqual([
        { errorCode: 'invalid.value', fieldName: 'config.timeoutSeconds' },
      ]);
      expect(answer.json.messageParams).toEqual({ min: '1', max: '60' });
      expect(sim.state.getAction(DEMO.checkInventory)).toEqual(before);
    },
  );

  it.each([1, 60])('accepts the boundary timeout %i', async (value) => {
    const { patch, sim } = await session();
    const before = sim.state.getAction(DEMO.checkInventory);
    const answer = await patch(DEMO.checkInventory, {
      version: before.version,
      config: { ...before.config, timeoutSeconds: value },
    });
    expect(answer.status).toBe(200);
    expect(sim.state.getAction(DEMO.checkInventory).config.timeoutSeconds).toBe(value);
  });

  it('refuses static actions and timeouts on custom-auth actions', async () => {
    const { patch, sim } = await session();
    const staticAnswer = await patch(DEMO.staticGetUser, {
      version: 1,
      config: { timeoutSeconds: 10 },
    });
    expect(staticAnswer.status).toBe(400);
    expect(staticAnswer.json.message).toMatch(/static/i);
    const auth = sim.state.getAction(DEMO.customAuth);
    const timed = await patch(DEMO.customAuth, {
      version: 1,
      config: { ...auth.config, timeoutSeconds: 10 },
    });
    expect(timed.status).toBe(400);
    expect(timed.json.details[0].fieldName).toBe('config.timeoutSeconds');
    const plain = await patch(DEMO.customAuth, {
      version: 1,
      name: auth.name,
      config: auth.config,
    });
    expect(plain.status).toBe(200);
    expect(sim.state.getAction(DEMO.customAuth).version).toBe(2);
  });

  it('answers a non-JSON body with 415 and malformed JSON with 400', async () => {
    const { sim } = await session();
    const token = await login(sim);
    const path = `${ACTIONS}/${DEMO.checkInventory}`;
    const text = await call(sim, 'PATCH', path, {
      token,
      rawBody: 'version=5',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(text.json.code).toBe('unsupported.media.type');
    const broken = await call(sim, 'PATCH', path, {
      token,
      rawBody: '{"version":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
  });

  it('keeps the read-only function id in a function action request URL', async () => {
    const { patch, sim } = await session();
    const before = sim.state.getAction(DEMO.scoreLead);
    const answer = await patch(DEMO.scoreLead, {
      version: before.version,
      config: { timeoutSeconds: 25, request: { requestUrlTemplate: 'https://evil.example.com' } },
    });
    expect(answer.status).toBe(200);
    expect(sim.state.getAction(DEMO.scoreLead).config.request).toEqual({
      requestUrlTemplate: before.config.request?.requestUrlTemplate,
    });
  });
});
