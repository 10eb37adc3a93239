import { readFile } from 'node:fs/promises';
import { validateManifestText, validOf } from '../manifest/validate.js';
import { planBulkSet, type BulkSetResult, type WhereFilter } from '../plan/bulk-set.js';
import type { TimeoutField } from '../plan/types.js';
import { GcTimeoutsError } from '../util/errors.js';
import type { Connection } from './connection.js';
import { selected, type EnvironmentRequest } from './environment.js';
import { editForEnvironment } from './environment-edit.js';
import type { AppPorts } from './ports.js';
import { withOrg } from './session.js';

export interface SetRequest extends EnvironmentRequest {
  connection: Connection;
  where: readonly WhereFilter[];
  field: TimeoutField;
  to: number | 'default';
}

export interface SetOutcome {
  result: BulkSetResult;
  /** The edited manifest text; it validates. */
  text: string;
  /** Whether the text differs from the manifest: something to write. */
  edits: number;
}

/** A bulk change of the live actions the filters select, as an edit of the manifest. */
export async function setTimeouts(request: SetRequest, ports: AppPorts): Promise<SetOutcome> {
  const { connection, where, field, to } = request;
  const valid = selected(request);
  const live = await withOrg({ connection, manifest: valid.manifest }, ports, (org) => org.read());
  const result = planBulkSet({
    manifest: valid.manifest,
    locate: (path) => valid.source.locate(path),
    live: live.actions,
    where,
    field,
    to,
  });
  const text = editForEnvironment(await readFile(valid.path, 'utf8'), valid, result);
  if (validOf(valid.path, validateManifestText(text, valid.path)) === undefined) {
    throw new GcTimeoutsError(
      'invalid-manifest',
      'the edited manifest would not validate; nothing was written',
    );
  }
  return { result, text, edits: result.values.length + result.append.length };
}
