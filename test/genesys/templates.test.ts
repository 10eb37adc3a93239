import { describe, expect, it } from 'vitest';
import { acceptTemplate, templateProblem } from '../../src/genesys/templates.js';
import { GenesysOperationError } from '../../src/genesys/errors.js';

const plain = (text: string, contentType = 'text/plain; charset=utf-8') => ({ text, contentType });

describe('a template is accepted only as Genesys serves it', () => {
  it('takes Velocity text served as text/plain (or with no type), JSON-like or not', () => {
    for (const text of [
      '{"id": "${input.id}", "when": "$date"}',
      '{"query": "static"}',
      '${rawResult}',
      '<?xml version="1.0"?><soap:Envelope>$input.x</soap:Envelope>',
      '#set($x = 1)\n$x',
    ]) {
      expect(templateProblem(plain(text), true)).toBeUndefined();
      expect(templateProblem({ text, contentType: undefined }, true)).toBeUndefined();
    }
  });

  it('refuses a captive portal page, by its content type or by its body', () => {
    const portal = '<!DOCTYPE html><html><head><title>Guest Wi-Fi login</title></head></html>';
    expect(templateProblem(plain(portal, 'text/html'), true)).toBe(
      'it is an HTML page titled "Guest Wi-Fi login" (73 characters) served as text/html, not the text/plain Genesys serves templates as',
    );
    expect(templateProblem(plain(portal), false)).toBe(
      'it is an HTML page titled "Guest Wi-Fi login" (73 characters)',
    );
  });

  it('refuses another JSON document: an action, a listing, an error, null', () => {
    const action = JSON.stringify({ id: 'a1', name: 'x', version: 3, config: {} });
    expect(templateProblem(plain(action, 'application/json'), true)).toMatch(
      /a JSON document served as application\/json/,
    );
    expect(templateProblem(plain(action), true)).toMatch(/a JSON API object/);
    expect(templateProblem(plain('{"entities":[],"pageSize":25}'), true)).toMatch(/a JSON listing/);
    expect(
      templateProblem(plain('{"message":"x","code":"bad.request","status":400}'), true),
    ).toMatch(/a JSON error answer/);
    expect(templateProblem(plain('null'), true)).toMatch(/a bare JSON value/);
  });

  it('refuses an empty body where the action has the template, and takes it as none where not', () => {
    expect(templateProblem(plain('  \n'), true)).toBe(
      'it is empty, but the action has this template',
    );
    expect(acceptTemplate('a1', 'successtemplate.vm', plain(''), false)).toBeUndefined();
    expect(acceptTemplate('a1', 'successtemplate.vm', plain('${rawResult}'), false)).toBe(
      '${rawResult}',
    );
  });

  it('names the action, the file and why, and says nothing was written', () => {
    const error = (() => {
      try {
        acceptTemplate('a 1', 'requesttemplate.vm', plain('', 'text/plain'), true);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GenesysOperationError);
    expect((error as GenesysOperationError).code).toBe('template-refused');
    expect((error as Error).message).toMatch(
      /^Action a 1: the answer to GET \/api\/v2\/integrations\/actions\/a%201\/templates\/requesttemplate\.vm is not its request template: it is empty, but the action has this template\. Nothing was written to this action/,
    );
  });
});
