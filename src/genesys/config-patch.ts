import type { Action, ActionConfig, UpdateActionInput } from './types.js';

/**
 * Builds the PATCH body that changes only a timeout. PATCH may replace `config` wholesale
 * (GENESYS_API.md §2.4), so the body carries the whole live config, copied key by key in its original
 * order, with template URIs swapped for the template text at the same position. `contract` and
 * `secure` are never sent (they are not part of UpdateActionInput).
 */

export type TemplateFile = 'requesttemplate.vm' | 'successtemplate.vm';

export interface TemplateTexts {
  request?: string;
  success?: string;
}

const TEMPLATE_FIELDS = {
  request: { uri: 'requestTemplateUri', text: 'requestTemplate', file: 'requesttemplate.vm' },
  response: { uri: 'successTemplateUri', text: 'successTemplate', file: 'successtemplate.vm' },
} as const;

type Section = keyof typeof TEMPLATE_FIELDS;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Every template file to read before a PATCH. A `…TemplateUri` without text must be read
 * (required). A section with neither the text nor a URI may still have a template the GET did not
 * return (GENESYS_API.md §2.2: templates are not reliably inline), so it is read too; a 404 there
 * means there is none.
 */
export function templateFetches(config: ActionConfig): { file: TemplateFile; required: boolean }[] {
  const fetches: { file: TemplateFile; required: boolean }[] = [];
  for (const section of ['request', 'response'] as const) {
    const fields = TEMPLATE_FIELDS[section];
    const part = asRecord((config as Record<string, unknown>)[section]);
    if (part === undefined || typeof part[fields.text] === 'string') continue;
    fetches.push({ file: fields.file, required: typeof part[fields.uri] === 'string' });
  }
  return fetches;
}

function rebuildSection(
  part: Record<string, unknown>,
  section: Section,
  text: string | undefined,
): Record<string, unknown> {
  const fields = TEMPLATE_FIELDS[section];
  const hasInline = typeof part[fields.text] === 'string';
  const hasUri = typeof part[fields.uri] === 'string';
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(part)) {
    if (key !== fields.uri) {
      out[key] = value;
    } else if (!hasInline) {
      if (text === undefined) {
        throw new Error(`the text of ${fields.file} is required to replace ${fields.uri}`);
      }
      out[fields.text] = text;
    }
  }
  // A template the GET returned neither inline nor by URI, but the templates endpoint had.
  if (!hasInline && !hasUri && text !== undefined) out[fields.text] = text;
  return out;
}

/**
 * The maps Terraform always sends as objects, `{}` when absent, "as API expects" (GENESYS_API.md
 * §12). A map the live config has is sent as it is; only a missing one is added, last.
 */
const MAPS = {
  request: ['headers'],
  response: ['translationMap', 'translationMapDefaults'],
} as const;

export interface PatchOptions {
  /**
   * A function data action's `requestUrlTemplate` is read-only (set by the org when a draft is
   * made, §12): it is never sent back.
   */
  functionAction?: boolean;
}

function withMaps(out: Record<string, unknown>, opts: PatchOptions): Record<string, unknown> {
  for (const section of ['request', 'response'] as const) {
    const part = { ...(asRecord(out[section]) ?? {}) };
    if (section === 'request' && opts.functionAction === true) delete part.requestUrlTemplate;
    for (const key of MAPS[section]) if (asRecord(part[key]) === undefined) part[key] = {};
    out[section] = part;
  }
  return out;
}

/**
 * The live config with only `timeoutSeconds` changed (removed when null, the platform default). An existing
 * `timeoutSeconds` keeps its position; a new one goes last. The three maps are always there.
 */
export function buildTimeoutConfig(
  live: ActionConfig,
  templates: TemplateTexts,
  timeoutSeconds: number | null,
  opts: PatchOptions = {},
): ActionConfig {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(live as Record<string, unknown>)) {
    if (key === 'timeoutSeconds') {
      if (timeoutSeconds !== null) out[key] = timeoutSeconds;
      continue;
    }
    const part = asRecord(value);
    if (key === 'request' && part !== undefined) {
      out[key] = rebuildSection(part, 'request', templates.request);
    } else if (key === 'response' && part !== undefined) {
      out[key] = rebuildSection(part, 'response', templates.success);
    } else {
      out[key] = value;
    }
  }
  if (timeoutSeconds !== null && !('timeoutSeconds' in out)) out.timeoutSeconds = timeoutSeconds;
  return withMaps(out, opts);
}

/** `{name, category, version, config}`, the same shape Terraform sends (§2.3). */
export function buildTimeoutPatch(
  live: Action & { config: ActionConfig },
  version: number,
  templates: TemplateTexts,
  timeoutSeconds: number | null,
  opts: PatchOptions = {},
): UpdateActionInput {
  return {
    ...(live.name === undefined ? {} : { name: live.name }),
    ...(live.category === undefined ? {} : { category: live.category }),
    version,
    config: buildTimeoutConfig(live.config, templates, timeoutSeconds, opts),
  };
}
