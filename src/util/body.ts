import { cutRedacted } from './safe-cut.js';
import { escapeInvisible } from './text.js';

/**
 * A response body as a message may quote it: an HTML error page (a proxy, a captive portal, a
 * load balancer) is named by its title instead of pasted, and anything else is shortened, after
 * `redact` (see safe-cut.ts).
 */
export function summarizeBody(text: string, redact?: (text: string) => string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'an empty body';
  if (/^(<!doctype html|<html|<head|<body)/i.test(trimmed) || /<\/html>\s*$/i.test(trimmed)) {
    const title = /<title[^>]*>([^<]{0,500})<\/title>/i
      .exec(trimmed)?.[1]
      ?.replace(/\s+/g, ' ')
      .trim();
    const named =
      title === undefined || title === ''
        ? ''
        : ` titled "${escapeInvisible(cutRedacted(title, 80, redact))}"`;
    return `an HTML page${named} (${trimmed.length} characters), not an API answer`;
  }
  return escapeInvisible(cutRedacted(trimmed.replace(/\s+/g, ' '), 200, redact));
}
