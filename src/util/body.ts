import { escapeInvisible, shorten } from './text.js';

/**
 * A response body as a message may quote it: an HTML error page (a proxy, a captive portal, a
 * load balancer) is named by its title instead of pasted, and anything else is shortened.
 */
export function summarizeBody(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'an empty body';
  if (/^(<!doctype html|<html|<head|<body)/i.test(trimmed) || /<\/html>\s*$/i.test(trimmed)) {
    const title = /<title[^>]*>([^<]{0,500})<\/title>/i
      .exec(trimmed)?.[1]
      ?.replace(/\s+/g, ' ')
      .trim();
    const named =
      title === undefined || title === '' ? '' : ` titled "${escapeInvisible(shorten(title, 80))}"`;
    return `an HTML page${named} (${trimmed.length} characters), not an API answer`;
  }
  return escapeInvisible(shorten(trimmed.replace(/\s+/g, ' '), 200));
}
