import type { GenesysClient } from '../../src/genesys/client.js';

/** Runs `edit` once, right after apply has read `target` and before it writes: a save in between. */
export function interleave(client: GenesysClient, target: string, edit: () => void): GenesysClient {
  let done = false;
  return new Proxy(client, {
    get(real, key, receiver) {
      const value = Reflect.get(real, key, receiver) as unknown;
      if (key !== 'getAction' || typeof value !== 'function') return value;
      return async (...args: Parameters<GenesysClient['getAction']>) => {
        const action = await client.getAction(...args);
        if (args[0] === target && !done) {
          done = true;
          edit();
        }
        return action;
      };
    },
  });
}
