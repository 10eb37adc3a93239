import platformClient from 'purecloud-platform-client-v2';

/**
 * The baseline: the script the seed tutorials write with the official SDK
 * (purecloud-platform-client-v2), naive but correct.
 *
 * - List every action page by page, in order, at the SDK's default page size (25), with its config
 *   so the current timeouts are known and an action already at its target is skipped.
 * - For each action to change, one at a time: GET it with its config (for the current version),
 *   fetch the templates the GET only names by URI, and PATCH `{name, category, version, config}`
 *   with the live config, templates inline, only the timeout changed. A PATCH replaces the config
 *   wholesale, so anything less would wipe the action's request and response.
 *
 * No concurrency, no retries, no rate limiting, no read-back: the first error ends the run, as it
 * would for an `await` in a `for` loop.
 */

type Action = platformClient.Models.Action;
type ActionConfig = platformClient.Models.ActionConfig;

/** Target timeout per action name; 'default' removes the override. */
export type DesiredTimeouts = ReadonlyMap<string, number | 'default'>;

const PAGE_SIZE = 25;

const TEMPLATE_URL = /\/api\/v2\/integrations\/actions\/[^/]+\/templates\//;
let rawTemplates = false;

/**
 * The SDK's HTTP client is axios, which JSON-parses any body that looks like JSON, text/plain
 * included: `getIntegrationsActionTemplate` returns an object, not the text, for a template such as
 * `{"id": "${input.id}"}`. Sent back, that object is refused (400), and re-serialized it loses the
 * template's formatting. The SDK's own pre-hook asks axios for the raw text on template calls.
 * (Set once: the SDK stacks its interceptors when the hook is set again.)
 */
function keepTemplatesRaw(client: typeof platformClient.ApiClient.instance): void {
  if (rawTemplates) return;
  rawTemplates = true;
  client.getHttpClient().setPreHook(async (config: { url?: string; responseType?: string }) => {
    if (TEMPLATE_URL.test(config.url ?? '')) config.responseType = 'text';
    return config;
  });
}

/** Points the SDK's singleton client at the simulator (plain http on loopback) and logs in. */
export async function connectSdk(
  port: number,
  clientId: string,
  clientSecret: string,
): Promise<platformClient.IntegrationsApi> {
  const client = platformClient.ApiClient.instance;
  client.setGateway({ host: '127.0.0.1', protocol: 'http', port });
  keepTemplatesRaw(client);
  await client.loginClientCredentialsGrant(clientId, clientSecret);
  return new platformClient.IntegrationsApi();
}

export async function listAllActions(api: platformClient.IntegrationsApi): Promise<Action[]> {
  const actions: Action[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await api.getIntegrationsActions({
      pageSize: PAGE_SIZE,
      pageNumber,
      includeConfig: true,
    });
    actions.push(...(page.entities ?? []));
    if (pageNumber >= (page.pageCount ?? 0)) return actions;
  }
}

function sameTimeout(config: ActionConfig | undefined, want: number | 'default'): boolean {
  const current = config?.timeoutSeconds;
  const unset = current === undefined || current <= 0;
  return want === 'default' ? unset : current === want;
}

/** The listed actions whose timeout differs from the target. */
export function actionsToChange(actions: readonly Action[], desired: DesiredTimeouts): Action[] {
  return actions.filter((action) => {
    const want = desired.get(action.name ?? '');
    return want !== undefined && !sameTimeout(action.config, want);
  });
}

async function templateText(
  api: platformClient.IntegrationsApi,
  id: string,
  file: 'requesttemplate.vm' | 'successtemplate.vm',
): Promise<string> {
  const text: unknown = await api.getIntegrationsActionTemplate(id, file);
  if (typeof text !== 'string') throw new Error(`${id}/${file}: the SDK did not return the text`);
  return text;
}

async function withTemplates(
  api: platformClient.IntegrationsApi,
  id: string,
  config: ActionConfig,
): Promise<ActionConfig> {
  const out: ActionConfig = { ...config };
  if (config.request?.requestTemplateUri !== undefined) {
    const { requestTemplateUri: _uri, ...request } = config.request;
    const text = await templateText(api, id, 'requesttemplate.vm');
    out.request = { ...request, requestTemplate: text };
  }
  if (config.response?.successTemplateUri !== undefined) {
    const { successTemplateUri: _uri, ...response } = config.response;
    const text = await templateText(api, id, 'successtemplate.vm');
    out.response = { ...response, successTemplate: text };
  }
  return out;
}

/** Changes each action's timeout, one request after another. Returns how many were patched. */
export async function applyTimeouts(
  api: platformClient.IntegrationsApi,
  toChange: readonly Action[],
  desired: DesiredTimeouts,
): Promise<number> {
  let patched = 0;
  for (const listed of toChange) {
    const id = listed.id as string;
    const want = desired.get(listed.name ?? '') as number | 'default';
    const action = await api.getIntegrationsAction(id, { includeConfig: true });
    const { timeoutSeconds: _old, ...config } = await withTemplates(api, id, action.config ?? {});
    await api.patchIntegrationsAction(id, {
      // An action always has both; the SDK's model types them optional.
      name: action.name as string,
      category: action.category as string,
      version: action.version as number,
      config: want === 'default' ? config : { ...config, timeoutSeconds: want },
    });
    patched += 1;
  }
  return patched;
}
