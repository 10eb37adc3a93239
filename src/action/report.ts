import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Plan } from '../plan/types.js';
import { renderJson } from '../render/json.js';
import { recordPlan, type Outputs } from './outputs.js';
import type { Diagnostic } from '../manifest/types.js';

/** Each finding becomes an annotation on its manifest line, shown in the PR's files view. */
export function annotate(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const properties = {
      title: d.severity === 'error' ? 'gc-timeouts: invalid manifest' : 'gc-timeouts: warning',
      file: d.file,
      startLine: d.line,
      startColumn: d.column,
    };
    if (d.severity === 'error') core.error(d.message, properties);
    else core.warning(d.message, properties);
  }
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(markdown, true).write();
}

/**
 * Records the plan in the outputs and writes it whole to $RUNNER_TEMP/gc-timeouts-plan.json, where
 * a later step can upload it as an artifact even when it is too large for an output.
 */
export async function savePlan(outputs: Outputs, plan: Plan): Promise<void> {
  recordPlan(outputs, plan);
  const dir = process.env['RUNNER_TEMP'];
  const path = dir === undefined || dir === '' ? undefined : join(dir, PLAN_FILE);
  if (path !== undefined) await writeFile(path, renderJson(plan));
  if (outputs.planJson.length < renderJson(plan).trimEnd().length) {
    const where = path === undefined ? '' : `; the whole plan is in ${path}`;
    core.warning(
      `The plan is too large for the plan-json output, which holds ${outputs.planJson === '' ? 'nothing' : 'only its changes'}${where}.`,
    );
  }
}

export const PLAN_FILE = 'gc-timeouts-plan.json';
