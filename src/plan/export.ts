import { stringify } from 'yaml';
import { isRegionName } from '../genesys/regions.js';
import type { LiveAction, LiveOrg } from './types.js';

/**
 * A manifest of the org as it is, for adopting gc-timeouts on an existing org: planning it against
 * the same org shows no changes. Actions are named where the name is unique, narrowed by
 * integration where that makes it unique, and by id otherwise.
 */
export function exportManifest(org: LiveOrg, toolVersion: string): string {
  const managed = org.actions.filter((a) => a.kind === 'custom' || a.kind === 'function');
  // Names are resolved against every live action, static and custom-auth ones included.
  const nameCount = countBy(org.actions.map((a) => a.name));
  const nameInIntegration = countBy(org.actions.map((a) => `${a.integrationName}\u0000${a.name}`));
  const lines = [
    `# Exported by gc-timeouts ${toolVersion} from ${org.region}: the live timeouts of ${managed.length} data actions.`,
    '# Planning this file against the same org shows no changes. Edit the timeouts, add reasons,',
    '# and replace runs of similar entries with match globs as you see fit. For completion and hover',
    '# help in editors, add a first line: # yaml-language-server: $schema=<path>/gc-timeouts.schema.json',
    'version: 1',
    '',
    // `org:` with only a comment under it is null, which the schema refuses: without a region the
    // whole block is a comment to fill in.
    ...(isRegionName(org.region)
      ? ['org:', `  region: ${scalar(org.region)}`]
      : [
          `# org:  (read through ${oneLine(org.region)}; set the org's region here)`,
          '#   region: us-east-1',
        ]),
    '',
    'policy:',
    '  unmanaged: report',
    '',
    managed.length === 0 ? 'actions: []' : 'actions:',
  ];
  const byIntegration = new Map<string, LiveAction[]>();
  for (const action of [...managed].sort(order)) {
    byIntegration.set(action.integrationName, [
      ...(byIntegration.get(action.integrationName) ?? []),
      action,
    ]);
  }
  for (const [integration, actions] of byIntegration) {
    const type = actions[0]?.integrationType;
    lines.push(`  # ${oneLine(integration)}${type ? ` (${type})` : ''}`);
    for (const action of actions) {
      if ((nameCount.get(action.name) ?? 0) === 1) {
        lines.push(`  - name: ${scalar(action.name)}`);
      } else if (
        (nameInIntegration.get(`${action.integrationName}\u0000${action.name}`) ?? 0) === 1
      ) {
        lines.push(
          `  - name: ${scalar(action.name)}`,
          `    integration: ${scalar(action.integrationName)}`,
        );
      } else {
        lines.push(`  - id: ${scalar(action.id)} # ${oneLine(action.name)}`);
      }
      lines.push(`    timeoutSeconds: ${action.timeoutSeconds ?? 'default'}`);
      const fn = action.functionTimeoutSeconds;
      if (action.kind === 'function' && fn !== null && fn > MAX_FUNCTION_TIMEOUT) {
        // Written as a comment: the manifest accepts 1-15, the only range every reading allows.
        lines.push(
          `    # functionTimeoutSeconds: ${fn}  (live value above ${MAX_FUNCTION_TIMEOUT}, which the manifest accepts)`,
        );
      } else if (action.kind === 'function' && fn !== null) {
        lines.push(`    functionTimeoutSeconds: ${fn}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

const MAX_FUNCTION_TIMEOUT = 15;

function order(a: LiveAction, b: LiveAction): number {
  return (
    a.integrationName.localeCompare(b.integrationName) ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id)
  );
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** A YAML scalar that reads back as exactly this string (quoted only when it must be). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
