import { afterEach, beforeEach, expect, it } from 'vitest';
import { createGenesysClient } from '../../src/genesys/client.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
import { Redactor } from '../../src/util/redact.js';

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ seed: 'demo' });
});
afterEach(async () => {
  await sim.close();
});

it("registers the secret, the Basic credential and each access token with the run's redactor before using them", async () => {
  const heard: string[] = [];
  const client = createGenesysClient({
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    endpoint: resolveEndpoint({ apiBaseUrl: sim.url }),
    redactor: new Redactor((s) => heard.push(s)),
  });
  expect(heard).toEqual([
    sim.clientSecret,
    Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64'),
  ]);
  await client.listIntegrations();
  await client.close();
  expect(heard).toHaveLength(3);
  // The third value is the live access token: the API accepts it.
  const answer = await fetch(`${sim.url}/api/v2/integrations`, {
    headers: { authorization: `Bearer ${heard[2] ?? ''}` },
  });
  expect(answer.status).toBe(200);
});
