import { validateManifestText } from '../../src/manifest/validate.js';
import { buildPlan } from '../../src/plan/diff.js';
import type { LiveAction, Plan } from '../../src/plan/types.js';

let seq = 0;

/** A live action with sensible defaults; ids are stable per name/integration for readable tests. */
export function action(name: string, over: Partial<LiveAction> = {}): LiveAction {
  const integrationName = over.integrationName ?? 'ERP Web Services';
  return {
    id:
      over.id ??
      `custom_-_${integrationName.replace(/\W+/g, '').toLowerCase()}-${name.replace(/\W+/g, '-').toLowerCase()}`,
    name,
    category: 'ERP',
    integrationId: `int-${integrationName}`,
    integrationName,
    integrationType: over.kind === 'function' ? 'function-data-actions' : 'custom-rest-actions',
    kind: 'custom',
    version: ++seq,
    secure: false,
    timeoutSeconds: null,
    functionTimeoutSeconds: null,
    ...over,
  };
}

/** Plans a manifest given as YAML text against live actions; throws if the manifest is invalid. */
export function planYaml(yaml: string, live: LiveAction[]): Plan {
  const result = validateManifestText(yaml, 'gc-timeouts.yaml');
  if (result.manifest === undefined || result.source === undefined) {
    throw new Error(`invalid manifest: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  }
  const source = result.source;
  return buildPlan({
    manifest: result.manifest,
    manifestPath: 'gc-timeouts.yaml',
    label: 'test',
    region: 'us-east-1',
    live,
    locate: (path) => source.locate(path),
    diagnostics: result.diagnostics,
  });
}

/** `op name field from→to @line` rows, compact enough to read in a table test. */
export function rows(plan: Plan): string[] {
  const show = (v: number | null): string => (v === null ? 'default' : String(v));
  return plan.entries.map(
    (e) =>
      `${e.op} ${e.actionName} ${e.field} ${show(e.from)}→${show(e.to)}${e.line === null ? '' : ` @${e.line}`}`,
  );
}
