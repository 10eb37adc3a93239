import { GcTimeoutsError } from '../util/errors.js';
import { knownRegionSpellings, resolveEnvironment, type Environment } from './regions.js';

/**
 * Where one org is reached: resolved once per run from a region, an environment host or a base
 * URL, then handed to the client (which connects to it) and to the plan (which records it).
 */
export interface Endpoint {
  /** The org's region name (`eu-west-1`); with only a base URL, that URL's host. */
  readonly region: string;
  /** API calls go here (`https://api.mypurecloud.ie`, or the base URL of a proxy or simulator). */
  readonly apiBaseUrl: string;
  /** OAuth lives here (`https://login.mypurecloud.ie`, or the same base URL). */
  readonly loginBaseUrl: string;
  /** The host of `apiBaseUrl`, as the plan records it. */
  readonly apiHost: string;
}

export interface EndpointWanted {
  /** A region name or environment host (also `api.`/`login.` hosts and URLs of them). */
  region?: string | undefined;
  /** One base URL for the API and OAuth (proxies, the simulator); the region still names the org. */
  apiBaseUrl?: string | undefined;
}

function usage(message: string): GcTimeoutsError {
  return new GcTimeoutsError('usage', message);
}

/** The endpoint, or a usage error that says what was wrong: there is no default region. */
export function resolveEndpoint(wanted: EndpointWanted): Endpoint {
  const env = blank(wanted.region) ? undefined : environmentNamed(wanted.region);
  const base = blank(wanted.apiBaseUrl) ? undefined : baseUrl(wanted.apiBaseUrl);
  if (base !== undefined) {
    const { url, host } = base;
    return { region: env?.region ?? host, apiBaseUrl: url, loginBaseUrl: url, apiHost: host };
  }
  if (env === undefined) {
    throw usage(
      'no region: set org.region in the manifest, or pass a region (--region, the region input, or GENESYSCLOUD_REGION)',
    );
  }
  return {
    region: env.region,
    apiBaseUrl: env.apiBaseUrl,
    loginBaseUrl: env.loginBaseUrl,
    apiHost: new URL(env.apiBaseUrl).host,
  };
}

function blank(value: string | undefined): value is undefined {
  return value === undefined || value.trim() === '';
}

function environmentNamed(given: string): Environment {
  const env = resolveEnvironment(given);
  if (env === undefined) {
    throw usage(
      `unknown region ${JSON.stringify(given)}; use a region name or an environment host: ${knownRegionSpellings().join(', ')}`,
    );
  }
  return env;
}

function baseUrl(given: string): { url: string; host: string } {
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    throw usage(`the API base URL is not a URL: ${given}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw usage(`the API base URL must be an http(s) URL, got ${url.protocol}`);
  }
  return { url: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, host: url.host };
}
