import { describe, expect, it, vi } from 'vitest';
import { validateManifestText } from '../../src/manifest/validate.js';
import { diagnosticsTable, formatDiagnostic } from '../../src/render/diagnostics.js';
import { escapeMarkdown, inlineCode } from '../../src/render/escape.js';
import { quote } from '../../src/util/text.js';

const entry = (selector: string, timeout = 15): string =>
  `  - ${selector}\n    timeoutSeconds: ${timeout}\n`;

describe('findings point where the problem is, and quote little', () => {
  it('refuses a complex key where it is written, with no raw warning on stderr', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const text = 'version: 1\nactions:\n  - name: A\n    ? { a: 1 }\n    : 15\n';
    const { diagnostics } = validateManifestText(text, 'gc.yaml');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'gc.yaml:4:7: a key must be plain text, but this key is a mapping',
    ]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('says "nested too deeply" for 100,000 brackets instead of overflowing the stack', () => {
    const deep = `version: 1\nactions: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const { diagnostics } = validateManifestText(deep, 'gc.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'nesting', line: 2, column: 73 });
    expect(diagnostics[0]?.message).not.toMatch(/call stack/i);
  });

  it('says "nested too deeply" for deep block nesting too', () => {
    const levels = Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n');
    const { diagnostics } = validateManifestText(`version: 1\nactions:\n${levels} 1\n`, 'gc.yaml');
    expect(diagnostics.map((d) => d.rule)).toEqual(['nesting']);
  });

  it('accepts the nesting a real manifest has', () => {
    const text = `version: 1\nactions:\n  - match: { name: "Lookup *", category: CRM }\n    timeoutSeconds: 15\n`;
    expect(validateManifestText(text, 'gc.yaml').diagnostics).toEqual([]);
  });

  it('does not echo a 100,000-character id whole', () => {
    const id = `custom_-_${'a'.repeat(100_000)}`;
    const text = `version: 1\nactions:\n${entry(`id: ${id}`)}${entry(`id: ${id}`, 20)}`;
    const { diagnostics } = validateManifestText(text, 'gc.yaml');
    expect(diagnostics).toHaveLength(1);
    const line = formatDiagnostic(diagnostics[0]!);
    expect(line.length).toBeLessThan(250);
    expect(line).toContain('(100009 characters)');
  });

  it('does not echo a long unknown key whole', () => {
    const key = 'k'.repeat(1000);
    const text = `version: 1\nactions:\n  - name: A\n    timeoutSeconds: 15\n    ${key}: 1\n`;
    const [d] = validateManifestText(text, 'gc.yaml').diagnostics;
    expect(d?.message.length).toBeLessThan(300);
    expect(d?.message).toContain('(1000 characters)');
  });

  it('shows bidi controls and zero-width characters escaped in text and markdown', () => {
    const name = 'Refund \u202Eredro\u200B';
    const text = `version: 1\nactions:\n${entry(`name: "${name}"`)}${entry(`name: "${name}"`, 20)}`;
    const { diagnostics } = validateManifestText(text, 'gc.yaml');
    const terminal = diagnostics.map(formatDiagnostic).join('\n');
    const markdown = diagnosticsTable(diagnostics);
    for (const shown of [terminal, markdown]) {
      expect(shown).not.toMatch(/[\u202E\u200B]/);
      expect(shown).toContain('u202E');
      expect(shown).toContain('u200B');
    }
    expect(terminal).toContain('name "Refund \\u202Eredro\\u200B"');
    expect(escapeMarkdown('a\u2066b')).toBe('a\\\\u2066b');
    expect(inlineCode('a\u200Db')).toBe('`a\\u200Db`');
  });

  it('quotes at most 80 characters of input', () => {
    const quoted = quote('x'.repeat(500));
    expect(quoted.match(/x/g)).toHaveLength(79);
    expect(quote('short')).toBe('"short"');
  });
});
