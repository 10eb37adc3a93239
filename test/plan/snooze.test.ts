import { describe, expect, it } from 'vitest';
import { validateManifestText } from '../../src/manifest/validate.js';
import { buildPlan } from '../../src/plan/diff.js';
import { acceptedNote, judgeDrift } from '../../src/plan/snooze.js';
import { action } from './fixtures.js';

const TEXT = `version: 1
actions:
  - name: Get Order
    timeoutSeconds: 15
    acceptDrift:
      until: 2027-01-31
      reason: INC-4411 raised by hand during the ERP outage
  - name: Create Return
    timeoutSeconds: 25
`;

// Both actions were changed in the admin UI.
const LIVE = [
  action('Get Order', { timeoutSeconds: 30 }),
  action('Create Return', { timeoutSeconds: 40 }),
];

/** The plan of `text` against LIVE, with the manifest it came from. */
function planOf(text: string) {
  const { manifest, source } = validateManifestText(text, 'm.yaml');
  if (manifest === undefined || source === undefined) throw new Error('invalid');
  const plan = buildPlan({
    manifest,
    manifestPath: 'm.yaml',
    label: 't',
    region: 'us-east-1',
    live: LIVE,
    locate: (p) => source.locate(p),
  });
  return { plan, manifest };
}

function verdictOn(day: string): ReturnType<typeof judgeDrift> {
  const { plan, manifest } = planOf(TEXT);
  return judgeDrift(plan, manifest, Date.parse(`${day}T12:00:00Z`));
}

describe('drift snoozes', () => {
  it('reports accepted drift as a note through its date, and as drift the day after', () => {
    const before = verdictOn('2027-01-31');
    expect(before.drifted.map((e) => e.actionName)).toEqual(['Create Return']);
    expect(before.accepted.map(acceptedNote)).toEqual([
      '"Get Order" (ERP Web Services) timeoutSeconds: 30 s live, 15 s in the manifest; accepted until 2027-01-31: INC-4411 raised by hand during the ERP outage',
    ]);
    expect(before.accepted[0]?.line).toBe(4);

    const after = verdictOn('2027-02-01');
    expect(after.accepted).toEqual([]);
    expect(after.drifted.map((e) => e.actionName).sort()).toEqual(['Create Return', 'Get Order']);
    expect(after.drift).toBe(true);
  });

  it('is no drift at all when every difference is accepted', () => {
    const { plan, manifest } = planOf(
      TEXT.replace('  - name: Create Return\n    timeoutSeconds: 25\n', ''),
    );
    expect(judgeDrift(plan, manifest, Date.parse('2027-01-15')).drift).toBe(false);
    expect(judgeDrift(plan, manifest, Date.parse('2027-02-15')).drift).toBe(true);
  });
});
