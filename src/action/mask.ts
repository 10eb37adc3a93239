import * as core from '@actions/core';
import { Redactor } from '../util/redact.js';

/** The run's redactor: each secret it learns is also masked by the runner (core.setSecret) at once. */
export function maskingRedactor(): Redactor {
  return new Redactor((secret) => core.setSecret(secret));
}
