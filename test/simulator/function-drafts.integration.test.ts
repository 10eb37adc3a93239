import { describe, expect, it } from 'vitest';
import { ACTIONS, DEMO, call, login, useSimulators } from './helpers.js';

describe('function data action drafts', () => {
  const start = useSimulators();

  async function session(options: Parameters<typeof start>[0] = {}) {
    const sim = await start(options);
    const token = await login(sim);
    const req = (method: string, path: string, body?: unknown) =>
      call(sim, method, `${ACTIONS}/${path}`, body === undefined ? { token } : { token, body });
    return { sim, req };
  }

  const fn = {
    description: 'Scores an inbound lead.',
    handler: 'src/index.handler',
    runtime: 'nodejs22.x',
  };

  it('creates a draft, updates the function, validates and publishes it', async () => {
    const { sim, req } = await session();
    const published = sim.state.getAction(DEMO.scoreLead);
    const created = await req('POST', `${DEMO.scoreLead}/draft`);
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ id: DEMO.scoreLead, version: 1, name: 'Score Lead' });
    expect((await req('POST', `${DEMO.scoreLead}/draft`)).status).toBe(409);

    const draftFn = await req('GET', `${DEMO.scoreLead}/draft/function`);
    expect(draftFn.json.function).toMatchObject({
      timeoutSeconds: 15,
      handler: 'src/index.handler',
      runtime: 'nodejs22.x',
    });
    expect(draftFn.json.zip.id).toBe(draftFn.json.function.zipId);
    expect(draftFn.json.uploadExceptionHistory).toEqual([]);

    const put = await req('PUT', `${DEMO.scoreLead}/draft/function`, { ...fn, timeoutSeconds: 12 });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({
      function: { timeoutSeconds: 12 },
      selfUri: `${ACTIONS}/${DEMO.scoreLead}/draft/function`,
    });
    const draft = (await req('GET', `${DEMO.scoreLead}/draft`)).json;
    expect(draft.version).toBe(2);
    expect((await req('GET', `${DEMO.scoreLead}/draft/validation`)).json).toEqual({
      valid: true,
      errors: [],
    });

    const stale = await req('POST', `${DEMO.scoreLead}/draft/publish`, { version: 1 });
    expect(stale.status).toBe(409);
    const missingVersion = await req('POST', `${DEMO.scoreLead}/draft/publish`, {});
    expect(missingVersion.status).toBe(400);
    const done = await req('POST', `${DEMO.scoreLead}/draft/publish`, { version: draft.version });
    expect(done.status).toBe(200);
    expect(done.json.version).toBe(published.version + 1);
    expect((await req('GET', `${DEMO.scoreLead}/function`)).json.function.timeoutSeconds).toBe(12);
    expect((await req('GET', `${DEMO.scoreLead}/draft`)).status).toBe(404);
    expect((await req('POST', `${DEMO.scoreLead}/draft/publish`, { version: 2 })).status).toBe(404);
  });

  it.each([
    ['a timeout over 15', { ...fn, timeoutSeconds: 16 }, 'timeoutSeconds'],
    ['a timeout of 0', { ...fn, timeoutSeconds: 0 }, 'timeoutSeconds'],
    [
      'no handler',
      { description: fn.description, runtime: fn.runtime, timeoutSeconds: 5 },
      'handler',
    ],
    ['no description', { handler: fn.handler, runtime: fn.runtime }, 'description'],
    ['an unknown runtime', { ...fn, runtime: 'python3.12' }, 'runtime'],
    ['a deprecated runtime', { ...fn, runtime: 'nodejs18.x' }, 'runtime'],
  ])('refuses a function with %s', async (_label, body, field) => {
    const { req } = await session();
    await req('POST', `${DEMO.scoreLead}/draft`);
    const answer = await req('PUT', `${DEMO.scoreLead}/draft/function`, body);
    expect(answer.status).toBe(400);
    expect(answer.json.details[0].fieldName).toBe(field);
  });

  it('defaults an omitted function timeout to 15 seconds', async () => {
    const { req } = await session();
    await req('POST', `${DEMO.classifyIntent}/draft`);
    const answer = await req('PUT', `${DEMO.classifyIntent}/draft/function`, fn);
    expect(answer.json.function.timeoutSeconds).toBe(15);
  });

  it('under draft-zip drop, a draft has no zip and publishing it leaves the function without code', async () => {
    const { req } = await session({ draftZip: 'drop' });
    await req('POST', `${DEMO.scoreLead}/draft`);
    const draftFn = (await req('GET', `${DEMO.scoreLead}/draft/function`)).json;
    expect(draftFn.zip).toBeUndefined();
    expect(draftFn.function.zipId).toBeUndefined();
    const validation = (await req('GET', `${DEMO.scoreLead}/draft/validation`)).json;
    expect(validation.valid).toBe(false);
    expect(validation.errors[0]).toMatchObject({ code: 'function.zip.required', status: 400 });
    const publish = await req('POST', `${DEMO.scoreLead}/draft/publish`, { version: 1 });
    expect(publish.status).toBe(200);
    const published = (await req('GET', `${DEMO.scoreLead}/function`)).json;
    expect(published.zip).toBeUndefined();
  });

  it('patches a draft with its own version, deletes it, and keeps function routes to function actions', async () => {
    const { req, sim } = await session();
    await req('POST', `${DEMO.checkInventory}/draft`);
    const published = sim.state.getAction(DEMO.checkInventory).version;
    const wrong = await req('PATCH', `${DEMO.checkInventory}/draft`, {
      version: published,
      name: 'Draft name',
    });
    expect(wrong.status).toBe(409);
    const ok = await req('PATCH', `${DEMO.checkInventory}/draft`, {
      version: 1,
      name: 'Draft name',
      secure: true,
    });
    expect(ok.json).toMatchObject({ version: 2, name: 'Draft name', secure: true });
    expect(sim.state.getAction(DEMO.checkInventory).name).toBe('Check Inventory Levels');
    expect((await req('DELETE', `${DEMO.checkInventory}/draft`)).status).toBe(204);
    expect((await req('GET', `${DEMO.checkInventory}/draft`)).status).toBe(404);
    expect((await req('GET', `${DEMO.checkInventory}/function`)).status).toBe(404);
    expect((await req('POST', `${DEMO.staticGetUser}/draft`)).status).toBe(400);
  });

  it('lists the function runtimes', async () => {
    const { req } = await session();
    const runtimes = await req('GET', 'functions/runtimes');
    expect(runtimes.json).toContainEqual(
      expect.objectContaining({ name: 'nodejs22.x', status: 'Available' }),
    );
  });
});
