/** GitHub's limit for issue and comment bodies. */
export const MAX_BODY_LENGTH = 65_536;

/**
 * A write GitHub refused with 403: a read-only GITHUB_TOKEN (fork pull requests, no
 * `pull-requests: write` or `issues: write`). The caller can turn it into a note, not a failure.
 */
export class GitHubWriteForbidden extends Error {
  override readonly name = 'GitHubWriteForbidden';
  readonly status = 403 as const;

  constructor(
    /** The REST operation refused, e.g. `issues/create-comment`. */
    readonly operation: string,
    /** GitHub's own message, e.g. "Resource not accessible by integration". */
    readonly githubMessage: string,
  ) {
    super(
      `GitHub refused ${operation} (403 ${githubMessage}): the token may not write to this ` +
        'repository, as for a pull request from a fork or a workflow without write permission',
    );
  }
}

/** A body GitHub would refuse with 422; refused here before any request. */
export class GitHubBodyTooLong extends Error {
  override readonly name = 'GitHubBodyTooLong';
  readonly limit = MAX_BODY_LENGTH;

  constructor(
    readonly what: string,
    readonly length: number,
  ) {
    super(`the ${what} is ${length} characters long; GitHub accepts at most ${MAX_BODY_LENGTH}`);
  }
}

export function assertBodyFits(what: string, body: string): void {
  // UTF-16 units, never fewer than characters: a body that passes here also passes on GitHub.
  if (body.length > MAX_BODY_LENGTH) throw new GitHubBodyTooLong(what, body.length);
}

interface HttpError {
  status: number;
  message: string;
  response?: { headers?: Record<string, unknown>; data?: unknown };
}

export function httpStatus(error: unknown): number | undefined {
  return isHttpError(error) ? error.status : undefined;
}

/** GitHub's `message`, without the documentation link Octokit appends to the error's message. */
export function githubMessage(error: unknown): string {
  if (!isHttpError(error)) return String(error);
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const message = data.message;
    if (typeof message === 'string') return message;
  }
  return error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}

/** Runs a write; a 403 that is about permissions becomes GitHubWriteForbidden. */
export async function write<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (httpStatus(error) === 403 && !isRateLimit(error)) {
      throw new GitHubWriteForbidden(operation, githubMessage(error));
    }
    throw error;
  }
}

// GitHub also answers 403 to secondary rate limits; those are not a missing permission.
function isRateLimit(error: unknown): boolean {
  if (!isHttpError(error)) return false;
  const headers = error.response?.headers ?? {};
  return (
    headers['x-ratelimit-remaining'] === '0' ||
    headers['retry-after'] !== undefined ||
    /rate limit/i.test(githubMessage(error))
  );
}

function isHttpError(error: unknown): error is HttpError {
  return (
    error instanceof Error &&
    typeof (error as Partial<HttpError>).status === 'number' &&
    typeof error.message === 'string'
  );
}
