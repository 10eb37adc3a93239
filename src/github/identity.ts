import type { GitHub } from './client.js';
import { githubMessage, httpStatus } from './errors.js';

export interface Identity {
  login: string;
  /** The workflow's GITHUB_TOKEN, which acts as github-actions[bot]. */
  isActionsBot: boolean;
}

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

const cache = new WeakMap<GitHub, Promise<Identity>>();

/** Who writes with this client's token; asked once per client. */
export function whoAmI(gh: GitHub): Promise<Identity> {
  let identity = cache.get(gh);
  if (identity === undefined) {
    identity = lookUp(gh);
    cache.set(gh, identity);
    // A failed look-up (network, 5xx) is not remembered: the next call asks again.
    const pending = identity;
    pending.catch(() => {
      if (cache.get(gh) === pending) cache.delete(gh);
    });
  }
  return identity;
}

/** Whether a comment or issue author is us; logins are case-insensitive on GitHub. */
export function isAuthor(identity: Identity, user: { login: string } | null | undefined): boolean {
  return user !== null && user !== undefined && sameLogin(user.login, identity.login);
}

async function lookUp(gh: GitHub): Promise<Identity> {
  try {
    const { data } = await gh.octokit.rest.users.getAuthenticated();
    return { login: data.login, isActionsBot: sameLogin(data.login, ACTIONS_BOT_LOGIN) };
  } catch (error) {
    // An installation token may not read /user; the Actions one writes as github-actions[bot].
    if (httpStatus(error) === 403 && /not accessible by integration/i.test(githubMessage(error))) {
      return { login: ACTIONS_BOT_LOGIN, isActionsBot: true };
    }
    throw error;
  }
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
