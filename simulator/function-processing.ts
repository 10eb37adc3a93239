import { ApiError } from './errors.js';
import type { StoredDraft } from './types.js';

/**
 * A function data action's draft is not ready at once (GENESYS_API.md §12): right after the draft
 * is made, `GET …/draft/function` may answer 404 until the function exists; after its settings or
 * upload change, publishing answers 400 `ACTION.PROCESSING` while the org processes them. Both
 * are counted in requests, so tests are deterministic: `functionProcessing` of each.
 */
export class FunctionProcessing {
  private readonly reads = new Map<string, number>();
  private readonly publishes = new Map<string, number>();

  /** A draft was made: its function is missing for the next `count` reads. */
  made(id: string, count: number): void {
    if (count > 0) this.reads.set(id, count);
  }

  /** Its settings changed: the next `count` publishes find it processing. */
  changed(id: string, count: number): void {
    this.reads.delete(id);
    if (count > 0) this.publishes.set(id, count);
  }

  notYetMade(id: string): boolean {
    return take(this.reads, id);
  }

  stillProcessing(id: string): boolean {
    return take(this.publishes, id);
  }

  forget(id: string): void {
    this.reads.delete(id);
    this.publishes.delete(id);
  }
}

function take(counts: Map<string, number>, id: string): boolean {
  const left = counts.get(id) ?? 0;
  if (left <= 0) return false;
  if (left === 1) counts.delete(id);
  else counts.set(id, left - 1);
  return true;
}

/** The transient refusal Terraform retries (PRs #2127, #2178). */
export function actionProcessing(id: string): ApiError {
  return new ApiError(
    400,
    'ACTION.PROCESSING',
    'The action is still being processed; try again once processing has finished.',
    { entityId: id },
  );
}

/** What stops a draft's publish: a function draft without its ZIP (GENESYS_API.md §3). */
export function draftProblems(draft: StoredDraft): ApiError[] {
  if (draft.function === undefined || draft.function.zip !== undefined) return [];
  return [
    new ApiError(
      400,
      'function.zip.required',
      'The function has no uploaded zip; upload one before publishing.',
      { details: [{ errorCode: 'required', fieldName: 'function.zipId' }] },
    ),
  ];
}
