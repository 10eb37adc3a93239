import { badRequest } from './errors.js';
import { isRecord } from './json.js';
import type { Knobs } from './knobs.js';

/**
 * What a PATCH config must look like on the least forgiving org (GENESYS_API.md §12): Terraform
 * always sends `request.headers`, `response.translationMap` and `response.translationMapDefaults`
 * as objects, `{}` when empty, "as API expects"; and a function action's `requestUrlTemplate` is
 * read-only, so sending it is refused rather than ignored.
 */
const MAPS = [
  ['request', 'headers'],
  ['response', 'translationMap'],
  ['response', 'translationMapDefaults'],
] as const;

export function checkPatchShape(knobs: Knobs, body: unknown, functionAction: boolean): void {
  if (knobs.patchShape !== 'strict' || !isRecord(body) || !isRecord(body.config)) return;
  const config = body.config;
  for (const [section, key] of MAPS) {
    const part = config[section];
    if (!isRecord(part) || !isRecord(part[key])) {
      throw badRequest(
        `config.${section}.${key} is required and must be an object ({} when empty).`,
        `config.${section}.${key}`,
        'required',
      );
    }
  }
  const request = config.request;
  if (functionAction && isRecord(request) && request.requestUrlTemplate !== undefined) {
    throw badRequest(
      'config.request.requestUrlTemplate is read-only for function data actions.',
      'config.request.requestUrlTemplate',
      'read.only',
    );
  }
}
