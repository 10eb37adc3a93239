import { ApiError, badRequest, notFound, versionMismatch } from './errors.js';
import { clone, isRecord, mergePatch } from './json.js';
import { actionProcessing, draftProblems, FunctionProcessing } from './function-processing.js';
import { VERSION_MISMATCH_FORMS, type Knobs } from './knobs.js';
import { checkPatchShape } from './patch-shape.js';
import {
  actionKind,
  type ActionConfig,
  type SeedData,
  type StoredAction,
  type StoredDraft,
  type StoredIntegration,
} from './types.js';
import {
  FUNCTION_TIMEOUT_RANGE,
  parseActionConfig,
  parseContract,
  parseFunctionInput,
  parseTimeout,
  parseUpdateActionInput,
  parseUpdateDraftInput,
  parseVersion,
  requireObject,
} from './validate.js';
import { AVAILABLE_RUNTIMES } from './views.js';

const STATIC_REFUSED = 'Static actions are owned by Genesys Cloud and cannot be modified.';

/**
 * The org's actions, drafts and integrations, and every rule for changing them. Pure state:
 * no HTTP here. Methods take raw request bodies so the order of checks (existence, kind,
 * body, version) is the same however they are reached.
 */
export class ActionStore {
  readonly actions = new Map<string, StoredAction>();
  readonly drafts = new Map<string, StoredDraft>();
  readonly integrations = new Map<string, StoredIntegration>();
  /** Bumped on every change, so listings can cache their sorted order. */
  revision = 0;
  private readonly processing = new FunctionProcessing();
  /** Stale versions answered so far: `rotate` answers each with the next form. */
  private mismatches = 0;

  /** The knobs are read at every call, so the admin API can change them while serving. */
  constructor(private readonly knobs: () => Knobs) {}

  load(seed: SeedData): void {
    this.actions.clear();
    this.drafts.clear();
    this.integrations.clear();
    for (const integration of seed.integrations) this.integrations.set(integration.id, integration);
    for (const action of seed.actions) this.actions.set(action.id, action);
    this.revision++;
  }

  get(id: string): StoredAction {
    const action = this.actions.get(id);
    if (action === undefined) throw notFound(id);
    return action;
  }

  isFunctionAction(action: StoredAction): boolean {
    return this.integrations.get(action.integrationId)?.typeId === 'function-data-actions';
  }

  patchAction(id: string, body: unknown): StoredAction {
    const action = this.editable(id);
    const input = parseUpdateActionInput(body);
    checkPatchShape(this.knobs(), body, this.isFunctionAction(action));
    if (input.config !== undefined) this.checkConfigFor(action, input.config);
    this.checkVersion(input.version, action.version);
    if (input.name !== undefined) action.name = input.name;
    if (input.category !== undefined) action.category = input.category;
    if (input.config !== undefined) {
      const config = this.patchedConfig(action.config, input.config, body);
      action.config = this.keepReadOnly(action, config);
    }
    return this.saved(action);
  }

  createDraft(id: string): StoredDraft {
    const action = this.editable(id);
    if (this.drafts.has(id)) {
      throw new ApiError(409, 'conflict', 'A draft already exists for this action.', {
        entityId: id,
      });
    }
    const draft: StoredDraft = {
      id,
      name: action.name,
      integrationId: action.integrationId,
      category: action.category,
      version: 1,
      secure: action.secure,
      config: clone(action.config),
      contract: clone(action.contract),
    };
    if (action.function !== undefined) {
      const fn = clone(action.function);
      if (this.knobs().draftZip === 'drop') delete fn.zip;
      draft.function = fn;
    }
    this.drafts.set(id, draft);
    if (draft.function !== undefined) this.processing.made(id, this.knobs().functionProcessing);
    this.revision++;
    return draft;
  }

  getDraft(id: string): StoredDraft {
    this.get(id);
    const draft = this.drafts.get(id);
    if (draft === undefined) throw notFound(id);
    return draft;
  }

  patchDraft(id: string, body: unknown): StoredDraft {
    const draft = this.getDraft(id);
    const action = this.get(id);
    const input = parseUpdateDraftInput(body);
    checkPatchShape(this.knobs(), body, this.isFunctionAction(action));
    if (input.config !== undefined) this.checkConfigFor(action, input.config);
    this.checkVersion(input.version, draft.version);
    if (input.name !== undefined) draft.name = input.name;
    if (input.category !== undefined) draft.category = input.category;
    if (input.config !== undefined) {
      draft.config = this.keepReadOnly(draft, this.patchedConfig(draft.config, input.config, body));
    }
    if (input.contract !== undefined) draft.contract = input.contract;
    if (input.secure !== undefined) draft.secure = input.secure;
    draft.version++;
    this.revision++;
    return draft;
  }

  deleteDraft(id: string): void {
    this.getDraft(id);
    this.drafts.delete(id);
    this.processing.forget(id);
    this.revision++;
  }

  draftFunction(id: string): StoredDraft & { function: NonNullable<StoredDraft['function']> } {
    const action = this.functionAction(id);
    const draft = this.getDraft(action.id);
    if (draft.function === undefined) throw notFound(id);
    return draft as StoredDraft & { function: NonNullable<StoredDraft['function']> };
  }

  /** GET of a draft's function: 404 while the org has not made the function yet (§12). */
  readDraftFunction(id: string): ReturnType<ActionStore['draftFunction']> {
    const draft = this.draftFunction(id);
    if (this.processing.notYetMade(id)) throw notFound(id);
    return draft;
  }

  putDraftFunction(id: string, body: unknown): StoredDraft {
    const draft = this.draftFunction(id);
    const input = parseFunctionInput(body, AVAILABLE_RUNTIMES, {
      current: draft.function.runtime,
      deprecated: this.knobs().deprecatedRuntime,
    });
    Object.assign(draft.function, input);
    this.processing.changed(id, this.knobs().functionProcessing);
    draft.version++;
    this.revision++;
    return draft;
  }

  /** The problems that would stop a publish, as ErrorBody-shaped errors. */
  draftProblems(id: string): ApiError[] {
    return draftProblems(this.getDraft(id));
  }

  publishDraft(id: string, body: unknown): StoredAction {
    const draft = this.getDraft(id);
    const version = parseVersion(requireObject(body, 'PublishDraftInput'));
    this.checkVersion(version, draft.version);
    // Under `drop` the least forgiving reading: the publish goes through and the function is left
    // without its code. Otherwise a draft without a ZIP is refused, as validation reports it.
    const [problem] = this.draftProblems(id);
    if (problem !== undefined && this.knobs().draftZip !== 'drop') throw problem;
    if (this.processing.stillProcessing(id)) throw actionProcessing(id);
    const action = this.get(id);
    action.name = draft.name;
    action.category = draft.category;
    action.secure = draft.secure;
    action.config = draft.config;
    action.contract = draft.contract;
    if (draft.function !== undefined) action.function = draft.function;
    this.drafts.delete(id);
    this.processing.forget(id);
    return this.saved(action);
  }

  functionAction(id: string): StoredAction & { function: NonNullable<StoredAction['function']> } {
    const action = this.get(id);
    if (!this.isFunctionAction(action) || action.function === undefined) {
      throw new ApiError(404, 'not.found', 'The action is not a function data action.', {
        entityId: id,
      });
    }
    return action as StoredAction & { function: NonNullable<StoredAction['function']> };
  }

  /** An out-of-band edit as the admin UI would save it: merged, validated, version bumped. */
  adminPatch(id: string, patch: unknown): StoredAction {
    const action = this.editable(id);
    const raw = requireObject(patch, 'admin action patch');
    const allowed = new Set(['name', 'category', 'secure', 'config', 'contract']);
    const unknown = Object.keys(raw).filter((key) => !allowed.has(key));
    if (unknown.length > 0) throw badRequest(`Cannot edit ${unknown.join(', ')} here.`, unknown[0]);
    const current = {
      name: action.name,
      category: action.category,
      secure: action.secure,
      config: action.config,
      contract: action.contract,
    };
    const merged = mergePatch(current, raw);
    if (!isRecord(merged)) throw badRequest('Invalid patch.');
    if (typeof merged.name !== 'string' || merged.name.trim() === '')
      throw badRequest('name is required.', 'name');
    if (typeof merged.category !== 'string') throw badRequest('category is required.', 'category');
    if (typeof merged.secure !== 'boolean') throw badRequest('secure must be a boolean.', 'secure');
    const config = parseActionConfig(merged.config ?? {});
    this.checkConfigFor(action, config);
    action.contract = parseContract(merged.contract);
    action.name = merged.name;
    action.category = merged.category;
    action.secure = merged.secure;
    action.config = this.keepReadOnly(action, config);
    return this.saved(action);
  }

  adminSetFunctionTimeout(id: string, body: unknown): StoredAction {
    const action = this.functionAction(id);
    const raw = requireObject(body, 'function settings');
    const seconds = parseTimeout(raw.timeoutSeconds, 'timeoutSeconds', FUNCTION_TIMEOUT_RANGE);
    action.function = { ...action.function, timeoutSeconds: seconds };
    return this.saved(action);
  }

  private editable(id: string): StoredAction {
    const action = this.get(id);
    if (actionKind(id) === 'static') {
      throw new ApiError(400, 'bad.request', STATIC_REFUSED, { entityId: id });
    }
    return action;
  }

  private checkConfigFor(action: StoredAction, config: ActionConfig): void {
    if (actionKind(action.id) === 'customAuth' && config.timeoutSeconds !== undefined) {
      throw badRequest(
        'timeoutSeconds is invalid for Custom Authentication Actions.',
        'config.timeoutSeconds',
        'not.allowed',
      );
    }
  }

  private checkVersion(sent: number, current: number): void {
    if (sent === current) return;
    const style = this.knobs().versionMismatch;
    const form =
      style === 'rotate'
        ? VERSION_MISMATCH_FORMS[this.mismatches++ % VERSION_MISMATCH_FORMS.length]!
        : style;
    throw versionMismatch(form, sent, current);
  }

  /**
   * GENESYS_API.md §2.4 leaves open whether PATCH replaces `config`: `replace` (the default)
   * stores the sent config; `merge` merges it into the stored one as RFC 7386 would, so a key
   * left out keeps its value and only `null` removes it.
   */
  private patchedConfig(stored: ActionConfig, sent: ActionConfig, body: unknown): ActionConfig {
    if (this.knobs().patchConfig !== 'merge') return sent;
    const raw = isRecord(body) ? body.config : undefined;
    return parseActionConfig(mergePatch(stored, raw ?? {}));
  }

  /** A function action's request URL holds its function id and is read-only. */
  private keepReadOnly(target: StoredAction | StoredDraft, config: ActionConfig): ActionConfig {
    const action = this.get(target.id);
    const url = target.config.request?.requestUrlTemplate;
    if (!this.isFunctionAction(action) || url === undefined) return config;
    // Where it stood before: the org sets it, so a write that leaves it out does not move it.
    const request = { requestUrlTemplate: url, ...config.request };
    request.requestUrlTemplate = url;
    return { ...config, request };
  }

  private saved(action: StoredAction): StoredAction {
    action.version++;
    this.revision++;
    return action;
  }
}
