import { summarizeBody } from '../util/body.js';
import { templateFetches, type TemplateFile, type TemplateTexts } from './config-patch.js';
import { GenesysApiError, GenesysOperationError } from './errors.js';
import type { ApiRequester } from './http.js';
import type { ActionConfig } from './types.js';

/**
 * Template bodies are accepted only as Genesys serves them: text/plain from the API host (the
 * request goes to the API base URL and redirects are not followed). A 200 that is something else
 * (a captive portal's HTML, another JSON document, an empty body where the action has a template)
 * would be written into the action by the PATCH, so it refuses that action and nothing is written.
 */

export interface TemplateAnswer {
  text: string;
  /** The answer's Content-Type header, if any. */
  contentType: string | undefined;
}

/** Media types a template may come as: Genesys documents text/plain; no type at all is tolerated. */
const TEXT_TYPES = /^(text\/plain|text\/x-velocity|application\/octet-stream)$/;
const HTML_START = /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** Why the answer is not a template, or undefined when it may be one. */
export function templateProblem(answer: TemplateAnswer, hasTemplate: boolean): string | undefined {
  const type = answer.contentType?.split(';')[0]?.trim().toLowerCase();
  const body = answer.text.trim();
  if (type !== undefined && type !== '' && !TEXT_TYPES.test(type)) {
    const what = /html/.test(type)
      ? summarizeBody(answer.text).replace(/, not an API answer$/, '')
      : /json/.test(type)
        ? 'a JSON document'
        : 'a body';
    return `it is ${what} served as ${type}, not the text/plain Genesys serves templates as`;
  }
  if (body === '') return hasTemplate ? 'it is empty, but the action has this template' : undefined;
  if (HTML_START.test(body) || /<\/html>\s*$/i.test(body)) {
    return `it is ${summarizeBody(body).replace(/, not an API answer$/, '')}`;
  }
  if (answer.text.includes('\u0000') || answer.text.includes('\uFFFD')) {
    return 'it holds binary data, not text';
  }
  const document = apiDocument(body);
  return document === undefined ? undefined : `it is ${document}, not a template`;
}

/**
 * A JSON body shaped like a Genesys API answer (an error, a listing, an action): a template is
 * Velocity text, and one that parses as such a document is a proxy's or server's wrong answer.
 */
function apiDocument(body: string): string | undefined {
  if (!body.startsWith('{') && !body.startsWith('[') && body !== 'null') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (value === null || Array.isArray(value)) return 'a bare JSON value';
  if (typeof value !== 'object') return undefined;
  const doc = value as Record<string, unknown>;
  if (Array.isArray(doc.entities) || 'pageSize' in doc) return 'a JSON listing';
  if (typeof doc.status === 'number' && typeof doc.code === 'string') return 'a JSON error answer';
  if ('selfUri' in doc || (typeof doc.id === 'string' && typeof doc.version === 'number')) {
    return 'a JSON API object (it has an id and a version or selfUri)';
  }
  return undefined;
}

/** The templates endpoint (GENESYS_API.md §2); built here, as actions.ts imports this module. */
function templatePath(actionId: string, file: TemplateFile): string {
  return `/api/v2/integrations/actions/${encodeURIComponent(actionId)}/templates/${file}`;
}

const LABEL: Record<TemplateFile, string> = {
  'requesttemplate.vm': 'request template',
  'successtemplate.vm': 'success template',
};

/** The answer as the template's text; undefined when the action has none. Throws when refused. */
export function acceptTemplate(
  actionId: string,
  file: TemplateFile,
  answer: TemplateAnswer,
  hasTemplate: boolean,
): string | undefined {
  const problem = templateProblem(answer, hasTemplate);
  if (problem !== undefined) {
    throw new GenesysOperationError(
      'template-refused',
      `Action ${actionId}: the answer to GET ${templatePath(actionId, file)} is not ` +
        `its ${LABEL[file]}: ${problem}. Nothing was written to this action (a proxy or captive ` +
        'portal between this runner and Genesys Cloud may be answering; check HTTPS_PROXY and the network)',
      { actionId },
    );
  }
  // An org may answer a template the action lacks with an empty 200 rather than a 404 (§4).
  return answer.text.trim() === '' && !hasTemplate ? undefined : answer.text;
}

/**
 * Reads every template a timeout PATCH must carry (see templateFetches) and checks each answer;
 * one that is not a template refuses the whole action.
 */
export async function fetchTemplates(
  api: ApiRequester,
  id: string,
  config: ActionConfig,
): Promise<TemplateTexts> {
  const texts: TemplateTexts = {};
  await Promise.all(
    templateFetches(config).map(async ({ file, required }) => {
      let answer: TemplateAnswer;
      try {
        answer = await api.textAnswer({
          method: 'GET',
          path: templatePath(id, file),
        });
      } catch (error) {
        if (!required && error instanceof GenesysApiError && error.kind === 'not-found') return;
        throw error;
      }
      const text = acceptTemplate(id, file, answer, required);
      if (text === undefined) return;
      if (file === 'requesttemplate.vm') texts.request = text;
      else texts.success = text;
    }),
  );
  return texts;
}
