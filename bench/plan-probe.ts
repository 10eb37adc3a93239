import { requireValidManifest } from '../src/manifest/validate.js';
import { endpointFor, targetOf, type Connection } from '../src/app/connection.js';
import { openOrg } from '../src/org/session.js';
/**
 * One plan in a process of its own, bundled and run by plain Node (bench/memory.ts), so its peak
 * RSS is gc-timeouts' and not the bench's or vite-node's. Input: PROBE_SPEC (JSON); output: one
 * line of JSON on stdout.
 */

interface ProbeSpec {
  url: string;
  clientId: string;
  clientSecret: string;
  manifest: string;
  requestsPerMinute: number;
}

const spec = JSON.parse(process.env.PROBE_SPEC ?? '{}') as ProbeSpec;
const start = performance.now();
const connection: Connection = {
  clientId: spec.clientId,
  clientSecret: spec.clientSecret,
  region: undefined,
  apiBaseUrl: spec.url,
};
const valid = await requireValidManifest(spec.manifest);
const org = openOrg(targetOf(connection, endpointFor(connection, valid.manifest)), {
  tuning: { requestsPerMinute: spec.requestsPerMinute },
});
const plan = await org.plan(valid, { label: 'bench' });
const seconds = (performance.now() - start) / 1000;
await org.close();
process.stdout.write(
  `${JSON.stringify({
    seconds: Math.round(seconds * 1000) / 1000,
    peakRssMiB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
    changes: plan.counts.changes,
    errors: plan.errors.length,
  })}\n`,
);
