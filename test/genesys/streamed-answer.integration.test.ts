import { afterEach, describe, expect, it } from 'vitest';
import { connectFake, json, startFakeGenesys, type FakeGenesys } from './helpers/fake-genesys.js';

let fake: FakeGenesys | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const INTERVAL = '2026-11-28T00:00:00.000Z/2026-12-05T00:00:00.000Z';
const ids = Array.from({ length: 400 }, (_, i) => `action-${String(i).padStart(4, '0')}`);

/** An aggregates answer: `runs` runs of each action, with its percentiles. */
function answer(runs: number): string {
  return JSON.stringify({
    results: ids.map((id) => ({
      group: { actionId: id },
      data: [
        {
          interval: INTERVAL,
          metrics: [
            {
              metric: 'tTotalExecution',
              stats: { count: runs, sum: runs * 100, min: 10, max: 900, p95: 400, p99: 800 },
            },
          ],
        },
      ],
    })),
  });
}

describe('a large analytics answer read as it arrives', () => {
  it('folds an answer sent in small pieces, split anywhere, like the same answer sent whole', async () => {
    const text = answer(12);
    fake = await startFakeGenesys((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // 997-byte pieces cut through names, numbers and escapes alike.
      for (let at = 0; at < text.length; at += 997) res.write(text.slice(at, at + 997));
      res.end();
    });
    const read = await connectFake(fake).readActionLatency({ actionIds: ids }, INTERVAL);
    expect(read.via).toBe('query');
    expect(read.byAction.size).toBe(ids.length);
    expect(read.byAction.get('action-0399')).toMatchObject({ count: 12, p95: 400, p99: 800 });
  });

  it('counts a body cut off and read again once, not twice', async () => {
    const text = answer(5);
    let calls = 0;
    fake = await startFakeGenesys((_req, res) => {
      calls += 1;
      if (calls === 1) {
        // Two thirds of the answer (some hundreds of results handed over), then the connection drops.
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(text.length),
        });
        res.write(text.slice(0, Math.floor((text.length * 2) / 3)), () => res.socket?.destroy());
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(text);
    });
    const read = await connectFake(fake).readActionLatency({ actionIds: ids }, INTERVAL);
    expect(calls).toBe(2);
    expect(read.byAction.size).toBe(ids.length);
    for (const stats of read.byAction.values()) expect(stats.count).toBe(5);
  });

  it('refuses an answer that stops being JSON part way, whatever was folded before', async () => {
    const text = answer(3);
    fake = await startFakeGenesys((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`${text.slice(0, 5_000)}<html>proxy error</html>`);
    });
    const read = await connectFake(fake).readActionLatency({ actionIds: ids }, INTERVAL);
    expect(read.byAction.size).toBe(0);
    expect(read.unavailable).toEqual({ reason: 'error', message: 'invalid JSON', status: 200 });
  });

  it('takes an answer that is not an object as json() does: an empty list as no runs, null refused', async () => {
    fake = await startFakeGenesys((_req, res) => json(res, 200, []));
    const empty = await connectFake(fake).readActionLatency({ actionIds: ids }, INTERVAL);
    expect(empty).toMatchObject({ via: 'query', withoutPercentiles: 0 });
    expect(empty.byAction.size).toBe(0);
    expect(empty.unavailable).toBeUndefined();
    await fake.close();
    fake = await startFakeGenesys((_req, res) => json(res, 200, null));
    const refused = await connectFake(fake).readActionLatency({ actionIds: ids }, INTERVAL);
    expect(refused.unavailable).toEqual({
      reason: 'error',
      message: 'the answer is null, not a JSON object',
      status: 200,
    });
  });
});
