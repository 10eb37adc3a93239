/**
 * Genesys Cloud regions and their environment hosts (GENESYS_API.md §5). The API lives at
 * `https://api.<environment>` and OAuth at `https://login.<environment>`.
 */
export const REGIONS = {
  'us-east-1': 'mypurecloud.com',
  'us-east-2': 'use2.us-gov-pure.cloud',
  'us-west-2': 'usw2.pure.cloud',
  'ca-central-1': 'cac1.pure.cloud',
  'sa-east-1': 'sae1.pure.cloud',
  'mx-central-1': 'mxc1.pure.cloud',
  'eu-west-1': 'mypurecloud.ie',
  'eu-west-2': 'euw2.pure.cloud',
  'eu-central-1': 'mypurecloud.de',
  'eu-central-2': 'euc2.pure.cloud',
  'eusc-de-east-1': 'edee1.eusc-pure.cloud',
  'me-central-1': 'mec1.pure.cloud',
  'ap-northeast-1': 'mypurecloud.jp',
  'ap-northeast-2': 'apne2.pure.cloud',
  'ap-northeast-3': 'apne3.pure.cloud',
  'ap-south-1': 'aps1.pure.cloud',
  'ap-southeast-1': 'apse1.pure.cloud',
  'ap-southeast-2': 'mypurecloud.com.au',
} as const satisfies Record<string, string>;

export type RegionName = keyof typeof REGIONS;

export interface Environment {
  /** The region name, e.g. `eu-west-1`. */
  region: RegionName;
  /** The environment host, e.g. `mypurecloud.ie`. */
  environment: string;
  /** `https://api.<environment>`. */
  apiBaseUrl: string;
  /** `https://login.<environment>`. */
  loginBaseUrl: string;
}

const byEnvironment = new Map<string, RegionName>(
  Object.entries(REGIONS).map(([region, env]) => [env, region as RegionName]),
);

export function isRegionName(value: string): value is RegionName {
  return Object.hasOwn(REGIONS, value);
}

/** Every accepted spelling of `org.region`: region names first, then environment hosts. */
export function knownRegionSpellings(): string[] {
  return [...Object.keys(REGIONS), ...Object.values(REGIONS)];
}

/**
 * Resolves a region name (`us-east-1`) or an environment host (`mypurecloud.com`, also accepted
 * with an `api.`/`login.` prefix or as a URL) to its hosts. Returns undefined when unknown.
 */
export function resolveEnvironment(regionOrHost: string): Environment | undefined {
  const raw = regionOrHost.trim().toLowerCase();
  if (isRegionName(raw)) return toEnvironment(raw);
  const host = raw
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^(api|login)\./, '');
  const region = byEnvironment.get(host);
  return region === undefined ? undefined : toEnvironment(region);
}

function toEnvironment(region: RegionName): Environment {
  const environment = REGIONS[region];
  return {
    region,
    environment,
    apiBaseUrl: `https://api.${environment}`,
    loginBaseUrl: `https://login.${environment}`,
  };
}
