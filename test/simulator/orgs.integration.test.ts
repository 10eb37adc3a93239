import { afterEach, describe, expect, it } from 'vitest';
import { runSimulatorCommand } from '../../simulator/command.js';
import { parseOrgsSpec, startOrgs, type RunningOrg } from '../../simulator/orgs.js';
import { buildSeed } from '../../simulator/seeds/index.js';
import type { SeedData } from '../../simulator/types.js';

function byName(seed: SeedData, name: string, integration = 'ERP Web Services') {
  const integrationId = seed.integrations.find((i) => i.name === integration)?.id;
  return seed.actions.filter((a) => a.name === name && a.integrationId === integrationId);
}

describe('the demo-dev and demo-prod seeds', () => {
  const dev = buildSeed('demo-dev');
  const prod = buildSeed('demo-prod');

  it('share names, never a generated id, and differ in some timeouts; dev has an action prod lacks', () => {
    const devIds = new Set(dev.actions.map((a) => a.id));
    const custom = prod.actions.filter((a) => !a.id.startsWith('static'));
    expect(custom.length).toBeGreaterThan(20);
    expect(custom.filter((a) => devIds.has(a.id))).toEqual([]);
    expect(prod.integrations.filter((i) => dev.integrations.some((d) => d.id === i.id))).toEqual(
      [],
    );
    expect(byName(dev, 'Get Customer Order')[0]?.config.timeoutSeconds).toBe(20);
    expect(byName(prod, 'Get Customer Order')[0]?.config.timeoutSeconds).toBe(10);
    expect(byName(dev, 'Debug Echo')).toHaveLength(1);
    expect(byName(prod, 'Debug Echo')).toHaveLength(0);
    expect(dev.actions.length).toBe(prod.actions.length + 1);
  });

  it('are stable from one build to the next, so manifests can name prod ids', () => {
    expect(buildSeed('demo-prod').actions.map((a) => a.id)).toEqual(prod.actions.map((a) => a.id));
    expect(byName(prod, 'Legacy Order Lookup')[0]?.id).toBe(
      'custom_-_4c7c3756-5add-4d37-a419-4c0ff4460aef',
    );
  });
});

describe('several orgs at once', () => {
  let orgs: RunningOrg[] = [];
  afterEach(async () => {
    await Promise.all(orgs.map((o) => o.sim.close()));
    orgs = [];
  });

  it('parses NAME=SEED lists and refuses bad ones with the reason', () => {
    expect(parseOrgsSpec('dev=demo-dev,prod=demo-prod')).toEqual([
      { name: 'dev', seed: 'demo-dev' },
      { name: 'prod', seed: 'demo-prod' },
    ]);
    expect(() => parseOrgsSpec('dev')).toThrow(/NAME=SEED/);
    expect(() => parseOrgsSpec('dev=nope')).toThrow(/unknown seed "nope"/);
    expect(() => parseOrgsSpec('dev=demo,dev=demo')).toThrow(/named twice/);
  });

  it("serves each org on its own port with its own credentials: dev's token is refused by prod", async () => {
    orgs = await startOrgs(parseOrgsSpec('dev=demo-dev,prod=demo-prod'));
    const [dev, prod] = orgs;
    if (dev === undefined || prod === undefined) throw new Error('two orgs expected');
    expect(dev.sim.url).not.toBe(prod.sim.url);
    expect([dev.sim.clientId, prod.sim.clientId]).toEqual([
      'gc-timeouts-demo-dev',
      'gc-timeouts-demo-prod',
    ]);
    const token = async (url: string, id: string, secret: string): Promise<number> =>
      (
        await fetch(`${url}/oauth/token`, {
          method: 'POST',
          headers: {
            authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: 'grant_type=client_credentials',
        })
      ).status;
    expect(await token(dev.sim.url, dev.sim.clientId, dev.sim.clientSecret)).toBe(200);
    expect(await token(prod.sim.url, dev.sim.clientId, dev.sim.clientSecret)).toBe(401);
    expect(dev.sim.state.store.actions.size).toBe(prod.sim.state.store.actions.size + 1);
  });

  it('runs from the simulator command with --orgs, prints each org, and stops by itself', async () => {
    let out = '';
    let stop: () => void = () => undefined;
    const until = new Promise<void>((resolve) => (stop = resolve));
    const io = {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (out += t) },
    };
    const run = runSimulatorCommand(
      ['--orgs', 'dev=demo-dev,prod=demo-prod', '--port', '0'],
      io,
      until,
    );
    await expect.poll(() => out, { timeout: 5000 }).toContain('Press Ctrl+C');
    stop();
    expect(await run).toBe(0);
    expect(out).toMatch(/dev: http:\/\/127\.0\.0\.1:\d+ \(seed demo-dev, \d+ actions\)/);
    expect(out).toContain("GENESYSCLOUD_OAUTHCLIENT_ID='gc-timeouts-demo-prod'");
    expect(out).toContain('Simulators stopped.');
    let err = '';
    const bad = {
      stdout: { write: () => undefined },
      stderr: { write: (t: string) => (err += t) },
    };
    expect(await runSimulatorCommand(['--orgs', 'dev=demo-dev', '--seed', 'demo'], bad)).toBe(2);
    expect(err).toContain('--seed does not go with --orgs');
  });
});
