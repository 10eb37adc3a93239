import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editManifestText } from '../../src/manifest/edit.js';
import { validateManifestText } from '../../src/manifest/validate.js';

const EXAMPLE = readFileSync(new URL('../../examples/gc-timeouts.yaml', import.meta.url), 'utf8');

/** Line numbers (1-based) that differ; both texts must have the same number of lines. */
function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

const comments = (text: string): string[] =>
  text.split('\n').flatMap((l) => (l.includes('#') ? [l.slice(l.indexOf('#'))] : []));

describe('editManifestText: values in place', () => {
  it('changes only the value lines of the example manifest, every comment kept', () => {
    const after = editManifestText(EXAMPLE, {
      values: [
        { entryIndex: 0, field: 'timeoutSeconds', value: 17 },
        { entryIndex: 2, field: 'timeoutSeconds', value: 36 }, // the id entry with a trailing comment
        { entryIndex: 3, field: 'timeoutSeconds', value: 9 }, // the flow-mapping glob entry
        { entryIndex: 6, field: 'functionTimeoutSeconds', value: 14 },
        { entryIndex: 7, field: 'timeoutSeconds', value: 4 }, // was `default`
      ],
    });
    const lines = EXAMPLE.split('\n');
    const changed = changedLines(EXAMPLE, after);
    expect(changed.map((n) => lines[n - 1]?.trim())).toEqual([
      'timeoutSeconds: 15',
      'timeoutSeconds: 30',
      'timeoutSeconds: 20',
      'functionTimeoutSeconds: 12',
      'timeoutSeconds: default',
    ]);
    expect(changed.map((n) => after.split('\n')[n - 1]?.trim())).toEqual([
      'timeoutSeconds: 17',
      'timeoutSeconds: 36',
      'timeoutSeconds: 9',
      'functionTimeoutSeconds: 14',
      'timeoutSeconds: 4',
    ]);
    expect(comments(after)).toEqual(comments(EXAMPLE));
    const data = parse(after) as { actions: { timeoutSeconds?: unknown }[] };
    expect(data.actions[7]?.timeoutSeconds).toBe(4);
    expect(validateManifestText(after, 'x.yaml').manifest).toBeDefined();
  });

  it('keeps a trailing comment on the value line and a quoted default', () => {
    const text =
      "version: 1\nactions:\n  - name: A\n    timeoutSeconds: 5 # p99 3 s\n  - name: B\n    timeoutSeconds: 'default'\n";
    const after = editManifestText(text, {
      values: [
        { entryIndex: 0, field: 'timeoutSeconds', value: 8 },
        { entryIndex: 1, field: 'timeoutSeconds', value: 'default' },
      ],
    });
    expect(after).toBe(text.replace('timeoutSeconds: 5 #', 'timeoutSeconds: 8 #'));
  });

  it('writes a number plain even where the old value was a quoted string', () => {
    const text = 'version: 1\nactions:\n  - name: A\n    timeoutSeconds: "default"\n';
    const after = editManifestText(text, {
      values: [{ entryIndex: 0, field: 'timeoutSeconds', value: 12 }],
    });
    expect(after).toBe('version: 1\nactions:\n  - name: A\n    timeoutSeconds: 12\n');
  });

  it('adds a missing field after the selector keys, in block and flow entries', () => {
    const text =
      'version: 1\nactions:\n  - name: Score Lead\n    functionTimeoutSeconds: 12\n    reason: cold start\n  - { name: B, functionTimeoutSeconds: 3 }\n';
    const after = editManifestText(text, {
      values: [
        { entryIndex: 0, field: 'timeoutSeconds', value: 20 },
        { entryIndex: 1, field: 'timeoutSeconds', value: 5 },
      ],
    });
    expect(after).toBe(
      'version: 1\nactions:\n  - name: Score Lead\n    timeoutSeconds: 20\n    functionTimeoutSeconds: 12\n    reason: cold start\n  - { name: B, functionTimeoutSeconds: 3, timeoutSeconds: 5 }\n',
    );
    expect(parse(after)).toEqual({
      version: 1,
      actions: [
        {
          name: 'Score Lead',
          timeoutSeconds: 20,
          functionTimeoutSeconds: 12,
          reason: 'cold start',
        },
        { name: 'B', functionTimeoutSeconds: 3, timeoutSeconds: 5 },
      ],
    });
  });
});

describe('editManifestText: new entries', () => {
  it('appends entries in the style of the file: indent, blank lines, quotes', () => {
    const after = editManifestText(EXAMPLE, {
      append: [
        { name: 'Order Status: Last 30 Days', integration: 'ERP Web Services', timeoutSeconds: 5 },
        { id: 'custom_-_1', comment: 'Get Agent by Email', timeoutSeconds: 5 },
      ],
    });
    expect(after.startsWith(EXAMPLE)).toBe(true);
    expect(after.slice(EXAMPLE.length)).toBe(
      "\n  - name: 'Order Status: Last 30 Days'\n    integration: ERP Web Services\n    timeoutSeconds: 5\n" +
        '\n  - id: custom_-_1 # Get Agent by Email\n    timeoutSeconds: 5\n',
    );
    const data = parse(after) as { actions: object[] };
    expect(data.actions.at(-2)).toEqual({
      name: 'Order Status: Last 30 Days',
      integration: 'ERP Web Services',
      timeoutSeconds: 5,
    });
  });

  it('follows a compact file: no blank lines, sequences at the key indent', () => {
    const text =
      '# top\nversion: 1\nactions:\n- name: A\n  timeoutSeconds: 5\n- name: B # b\n  timeoutSeconds: 6\n# trailing note\n';
    const after = editManifestText(text, { append: [{ name: 'C', timeoutSeconds: 7 }] });
    expect(after).toBe(
      '# top\nversion: 1\nactions:\n- name: A\n  timeoutSeconds: 5\n- name: B # b\n  timeoutSeconds: 6\n- name: C\n  timeoutSeconds: 7\n# trailing note\n',
    );
  });

  it('inserts split entries right after the glob entry they come from, before the next comment', () => {
    const after = editManifestText(EXAMPLE, {
      insertAfter: [
        {
          entryIndex: 3,
          entries: [
            { name: 'Lookup Contact by Email', integration: 'Salesforce CRM', timeoutSeconds: 6 },
            { name: 'Lookup Opportunity', integration: 'Salesforce CRM', timeoutSeconds: 11 },
          ],
        },
      ],
    });
    const inserted =
      '\n  - name: Lookup Contact by Email\n    integration: Salesforce CRM\n    timeoutSeconds: 6\n' +
      '\n  - name: Lookup Opportunity\n    integration: Salesforce CRM\n    timeoutSeconds: 11\n';
    const anchor = '    timeoutSeconds: 20\n';
    const at = EXAMPLE.indexOf(anchor) + anchor.length;
    expect(after).toBe(EXAMPLE.slice(0, at) + inserted + EXAMPLE.slice(at));
    expect(validateManifestText(after, 'x.yaml').manifest).toBeDefined();
  });

  it('turns an empty or missing list into a block list', () => {
    expect(
      editManifestText('version: 1\nactions: []\n', { append: [{ name: 'A', timeoutSeconds: 5 }] }),
    ).toBe('version: 1\nactions:\n  - name: A\n    timeoutSeconds: 5\n');
    expect(
      editManifestText('version: 1\nactions:', { append: [{ name: 'A', timeoutSeconds: 5 }] }),
    ).toBe('version: 1\nactions:\n  - name: A\n    timeoutSeconds: 5\n');
  });

  it('refuses a flow list with entries and a file that does not parse', () => {
    expect(() =>
      editManifestText('version: 1\nactions: [{name: A, timeoutSeconds: 5}]\n', {
        append: [{ name: 'B', timeoutSeconds: 5 }],
      }),
    ).toThrow(/block list/);
    expect(() => editManifestText('version: 1\nactions: [\n', { append: [] })).toThrow(
      /does not parse/,
    );
  });
});
