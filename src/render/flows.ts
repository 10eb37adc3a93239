/** "used by 3 flows: Main IVR, Billing Queue, Where Is My Order", the same words in every rendering. */

/** Dependency tracking is rebuilt after flow changes (GENESYS_API.md §11): say how fresh it is. */
export const FLOWS_AS_OF = 'as of the last dependency build';

export interface FlowName {
  name: string;
}

/** Names up to `max`, then "and N more"; `null` flows (not read) give undefined. */
export function usedByText(flows: readonly FlowName[] | null, max = 3): string | undefined {
  if (flows === null) return undefined;
  if (flows.length === 0) return 'used by no flow';
  const names = flows.slice(0, max).map((f) => f.name);
  const more = flows.length - names.length;
  const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
  return `used by ${flows.length} flow${flows.length === 1 ? '' : 's'}: ${list}`;
}
