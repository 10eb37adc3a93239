import { quoteList, suggest } from '../util/suggest.js';
import { quote } from '../util/text.js';
import { DEFAULT_KEY, isRecord, type ValueField } from './environments.js';
import type { Rejected, Report } from './report.js';
import type { DocumentEntry, ManifestDocument } from './types.js';

/**
 * Layer 3 for environments: the names a file declares and every place that uses one. Names end up
 * in labels, artifact names and comment markers, so they are kept to what all of those accept.
 */

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const FIELDS: readonly ValueField[] = ['timeoutSeconds', 'functionTimeoutSeconds'];

export function checkEnvironmentUse(
  doc: ManifestDocument,
  names: readonly string[],
  rejected: Rejected,
  report: Report,
): void {
  if (rejected.environments === true) return;
  if (names.length > 0) checkDeclarations(doc, names, report);
  doc.actions.forEach((entry, index) => {
    if (rejected.entries.has(index) || !isRecord(entry)) return;
    if (names.length === 0) checkWithoutEnvironments(entry, index, report);
    else checkEntry(entry, index, names, report);
  });
}

function checkDeclarations(doc: ManifestDocument, names: readonly string[], report: Report): void {
  if (doc.org !== undefined) {
    const message =
      'org is not used when the manifest declares environments: give each environment its region (environments.NAME.region)';
    report('error', 'environments', ['org'], message, 'key');
  }
  for (const name of isRecord(doc.environments) ? Object.keys(doc.environments) : names) {
    if (name === DEFAULT_KEY) {
      const message = `${quote(name)} cannot name an environment: it is the key of the value for every environment not named`;
      report('error', 'environments', ['environments', name], message, 'key');
    } else if (!NAME.test(name)) {
      const message = `environment name ${quote(name)} must be 1-63 letters, digits, ".", "_" or "-", starting with a letter or digit`;
      report('error', 'environments', ['environments', name], message, 'key');
    }
  }
}

/** Environment syntax in a file that declares none would be silently meaningless: say so. */
function checkWithoutEnvironments(entry: DocumentEntry, index: number, report: Report): void {
  const fix = 'declare them with environments: at the top of the manifest';
  if (entry.environments !== undefined) {
    const message = `actions[${index}].environments names environments, but the manifest declares none: ${fix}, or remove this key`;
    report('error', 'environments', ['actions', index, 'environments'], message, 'key');
  }
  for (const field of FIELDS) {
    if (!isRecord(entry[field])) continue;
    const message = `actions[${index}].${field} gives values per environment, but the manifest declares none: ${fix}, or write one value`;
    report('error', 'environments', ['actions', index, field], message);
  }
}

function unknown(name: string, names: readonly string[]): string {
  const hint = suggest(name, names, 1);
  const tail = hint.length > 0 ? `; did you mean ${quoteList(hint)}?` : '';
  return `${quote(name)} is not an environment of this manifest (${quoteList(names, 'and')})${tail}`;
}

function checkEntry(
  entry: DocumentEntry,
  index: number,
  names: readonly string[],
  report: Report,
): void {
  const where = `actions[${index}]`;
  const listed = Array.isArray(entry.environments) ? entry.environments : undefined;
  listed?.forEach((name, i) => {
    if (typeof name === 'string' && !names.includes(name))
      report(
        'error',
        'environments',
        ['actions', index, 'environments', i],
        `${where}.environments: ${unknown(name, names)}`,
      );
  });
  if (entry.id !== undefined && listed?.length !== 1) {
    const message = `${where} selects by id, and ids differ from org to org: name the one environment this id belongs to, e.g. environments: [${names[names.length - 1] ?? 'prod'}]`;
    report('error', 'environments', ['actions', index, 'id'], message, 'key');
  }
  for (const field of FIELDS) {
    const value = entry[field];
    if (!isRecord(value)) continue;
    for (const key of Object.keys(value)) {
      const path = ['actions', index, field, key];
      if (key === DEFAULT_KEY) continue;
      if (!names.includes(key))
        report('error', 'environments', path, `${where}.${field}: ${unknown(key, names)}`, 'key');
      else if (listed !== undefined && !listed.includes(key)) {
        const message = `${where}.${field} gives a value for ${quote(key)}, which is not among this entry's environments (${quoteList(listed, 'and')}), so it would never apply`;
        report('error', 'environments', path, message, 'key');
      }
    }
  }
  checkListedHaveValues(entry, index, listed ?? [], names, report);
}

/** An environment listed on an entry whose values skip it: the entry would do nothing there. */
function checkListedHaveValues(
  entry: DocumentEntry,
  index: number,
  listed: readonly string[],
  names: readonly string[],
  report: Report,
): void {
  for (const name of listed) {
    if (!names.includes(name)) continue;
    const sets = FIELDS.some((f) => {
      const v = entry[f];
      return (
        v !== undefined && (!isRecord(v) || Object.hasOwn(v, name) || Object.hasOwn(v, DEFAULT_KEY))
      );
    });
    if (sets) continue;
    const message = `actions[${index}] lists ${quote(name)} in its environments but sets no value for it: add ${name} (or default) to its timeouts, or remove it from the list`;
    report('warning', 'environments', ['actions', index, 'environments'], message, 'key');
  }
}
