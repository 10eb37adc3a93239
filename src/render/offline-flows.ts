import { escapeMarkdown } from './escape.js';
import { offlineFlowLines } from './flows.js';
import { clamp, flatten } from './format.js';
import type { RepoFlowCall } from '../plan/types.js';

/**
 * The repository's flow files beside a validation (no org read): the lines of offlineFlowLines
 * and the notes on files not read, at a terminal and in the job summary / PR comment. Empty when
 * no flow file calls a managed action and there is nothing to note.
 */
export interface OfflineFlowView {
  entries: readonly { label: string; calls: readonly RepoFlowCall[] }[];
  notes: readonly string[];
}

const MESSAGE_MAX = 1_000;

export function renderOfflineFlowsText(view: OfflineFlowView | undefined): string {
  if (view === undefined) return '';
  const lines = [
    ...offlineFlowLines(view.entries).map((l) => clamp(flatten(l), MESSAGE_MAX)),
    ...view.notes.map((n) => `Note: ${clamp(flatten(n), MESSAGE_MAX)}`),
  ];
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
}

export function renderOfflineFlowsMarkdown(view: OfflineFlowView | undefined): string {
  if (view === undefined) return '';
  const [title, ...rows] = offlineFlowLines(view.entries);
  const lines = [
    ...(title === undefined ? [] : [`**${escapeMarkdown(title)}**`, '']),
    ...rows.map((r) => `- ${escapeMarkdown(clamp(r.trim(), MESSAGE_MAX))}`),
    ...view.notes.map((n) => `- Note: ${escapeMarkdown(clamp(n, MESSAGE_MAX))}`),
  ];
  return lines.length === 0 ? '' : `\n\n${lines.join('\n')}`;
}
