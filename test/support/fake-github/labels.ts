// Labels: created on first use (as GitHub does when an issue is given an unknown label), matched
// case-insensitively, and kept in the spelling they were created with.
import { bodyOf, isRecord, json, notFound, type Handlers } from './http.js';
import { findIssue, repoBase } from './repos.js';
import type { Store } from './store.js';
import type { FakeRepo } from './types.js';

/** The names of a `labels` body field: strings or { name } objects. */
export function labelNames(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  return values
    .map((v) =>
      typeof v === 'string' ? v : isRecord(v) && typeof v.name === 'string' ? v.name : '',
    )
    .filter((v) => v !== '');
}

function ensureLabels(store: Store, repo: FakeRepo, names: string[]): void {
  for (const name of names) {
    if (!repo.labels.has(name.toLowerCase())) {
      repo.labels.set(name.toLowerCase(), {
        id: store.id(),
        name,
        color: 'ededed',
        description: null,
      });
    }
  }
}

/** The repository's spelling of each name, once each; unknown names become new labels. */
export function canonicalLabels(store: Store, repo: FakeRepo, names: string[]): string[] {
  ensureLabels(store, repo, names);
  const out: string[] = [];
  for (const name of names) {
    const label = repo.labels.get(name.toLowerCase());
    if (label && !out.includes(label.name)) out.push(label.name);
  }
  return out;
}

export function labelObject(store: Store, repo: FakeRepo, name: string): Record<string, unknown> {
  const label = repo.labels.get(name.toLowerCase());
  if (!label) throw new Error(`label ${name} missing`);
  return {
    id: label.id,
    node_id: `LA_kwDO${label.id}`,
    url: `${repoBase(store, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function labelHandlers(store: Store): Handlers {
  return {
    'issues/add-labels': (ctx) => {
      const found = findIssue(store, ctx);
      if (!found) return notFound();
      const { repo, issue } = found;
      const added = canonicalLabels(store, repo, labelNames(bodyOf(ctx).labels));
      issue.labels = [...issue.labels, ...added.filter((l) => !issue.labels.includes(l))];
      issue.updatedAt = store.now();
      return json(
        200,
        issue.labels.map((name) => labelObject(store, repo, name)),
      );
    },
  };
}
