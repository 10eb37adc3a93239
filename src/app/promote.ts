import { readFile } from 'node:fs/promises';
import { selectEnvironment } from '../manifest/environments.js';
import { promoteManifest, type PromoteResult } from '../manifest/promote.js';
import type { ManifestDocument } from '../manifest/types.js';
import { validateManifestText, validOf, type ValidManifest } from '../manifest/validate.js';
import { liveValuesByEntry } from '../plan/promote-live.js';
import { GcTimeoutsError } from '../util/errors.js';
import type { Connection } from './connection.js';
import type { AppPorts } from './ports.js';
import { withOrg } from './session.js';

export interface PromoteRequest {
  /** The validated file, with every environment it declares. */
  valid: ValidManifest;
  from: string;
  to: string;
  /** Promote the timeouts `from`'s org holds (read live) instead of its manifest values. */
  live?: { connection: Connection } | undefined;
}

export interface PromoteOutcome extends PromoteResult {
  /** The file's text before the edit, for the diff. */
  before: string;
}

/**
 * `to`'s values in the manifest become `from`'s, as an edit of the text that keeps comments. Only
 * the manifest changes: the result is a pull request to review, never a write to an org.
 */
export async function promoteEnvironment(
  request: PromoteRequest,
  ports: AppPorts,
): Promise<PromoteOutcome> {
  const { valid, from, to } = request;
  const source = selectEnvironment(valid, from);
  selectEnvironment(valid, to);
  const live =
    request.live === undefined
      ? undefined
      : await withOrg(
          { connection: request.live.connection, manifest: source.manifest },
          ports,
          async (org) => liveValuesByEntry(source, (await org.read()).actions),
        );
  const before = await readFile(valid.path, 'utf8');
  const document = valid.manifest as ManifestDocument;
  const result = promoteManifest({
    text: before,
    document,
    from,
    to,
    ...(live === undefined ? {} : { live }),
  });
  if (validOf(valid.path, validateManifestText(result.text, valid.path)) === undefined)
    throw new GcTimeoutsError(
      'invalid-manifest',
      'the promoted manifest would not validate; nothing was written',
    );
  return { ...result, before };
}
