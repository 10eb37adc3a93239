import platformClient from 'purecloud-platform-client-v2';
import { describe, expect, it } from 'vitest';
import { readFlowWait } from '../../src/plan/flow-waits.js';
import { useSimulators } from './helpers.js';

/** The official SDK reads the simulator's flow configurations, and is refused without the permission. */
describe('official SDK: ArchitectApi.getFlowLatestconfiguration against the simulator', () => {
  const start = useSimulators();
  const MAIN_IVR = '9c1f5b0e-7a44-4f0a-9f61-0d3b8e2a6c11';
  const ORDER = 'custom_-_92b26918-525c-4bda-86df-9aa2f61955c9';

  async function architect(options: Parameters<typeof start>[0] = {}) {
    const sim = await start(options);
    const { port, hostname, protocol } = new URL(sim.url);
    const client = platformClient.ApiClient.instance;
    client.setGateway({ host: hostname, protocol: protocol.replace(':', ''), port: Number(port) });
    await client.loginClientCredentialsGrant(sim.clientId, sim.clientSecret);
    return new platformClient.ArchitectApi();
  }

  it('reads a flow that waits its own 5 s, and 404 for a deleted flow', async () => {
    const api = await architect();
    const config: unknown = await api.getFlowLatestconfiguration(MAIN_IVR);
    expect(readFlowWait(config, ORDER)).toMatchObject({ kind: 'own', seconds: 5 });
    await expect(
      api.getFlowLatestconfiguration('5b7d9f1a-3c5e-4a7c-9e1a-3c5e7a9c1e64'),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('answers 403 naming architect:flow:view without it', async () => {
    const api = await architect({ permissions: ['integrations:action:view'] });
    const refusal: unknown = await api.getFlowLatestconfiguration(MAIN_IVR).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ status: 403 });
    expect(JSON.stringify(refusal)).toContain('architect:flow:view');
  });
});
