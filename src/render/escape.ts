import { escapeInvisible } from '../util/text.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // A name like "@support-team" or "#42" must not ping a team or link an issue from a PR comment.
  '@': '&#64;',
  '#': '&#35;',
};

/**
 * Text from the org or the manifest (names, categories, reasons) is untrusted in markdown: a pipe
 * breaks a table, HTML could render, backticks and newlines break layout. Everything is escaped
 * in one pass, so no replacement is escaped again by a later one. Invisible and bidi characters are
 * first shown as `\u202E`, whose backslash the pass then escapes so it renders as written.
 */
export function escapeMarkdown(text: string): string {
  return escapeInvisible(text.replace(/\r\n?|\n/g, ' ')).replace(
    /[&<>@#]|[\\`*_[\]|~]/g,
    (ch) => ENTITIES[ch] ?? `\\${ch}`,
  );
}

/** Text inside an inline code span: backticks cannot be escaped there, so the fence grows instead. */
export function inlineCode(text: string): string {
  const flat = escapeInvisible(text.replace(/\r\n?|\n/g, ' '));
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}
