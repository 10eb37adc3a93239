import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { parsePlanMarker } from '../../src/github/marker.js';
import { entry, hugePlan, plan, problem, typicalPlan } from './plans.js';

const links = { repoUrl: 'https://github.com/acme/contact-center', ref: '4f2a9c1' };

/** Cells of a table row as GitHub splits it: a backslash escapes the next character. */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') pipes++;
  }
  return pipes - 1;
}

/**
 * Tables as GitHub reads them: from a `|` line to the next blank line, so a line of text right
 * after the rows is one more row, which `expectWellFormedTables` then rejects.
 */
function tables(markdown: string): string[][] {
  const found: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line === '') current = undefined;
    else if (current !== undefined) current.push(line);
    else if (line.startsWith('|')) found.push((current = [line]));
  }
  return found;
}

function expectWellFormedTables(markdown: string): void {
  for (const table of tables(markdown)) {
    const width = cellCount(table[0] ?? '');
    expect(table[1]).toMatch(/^\|( -{3}:? \|)+$/);
    for (const row of table) expect(cellCount(row), row.slice(0, 120)).toBe(width);
  }
}

type Level = 'full' | 'no-unchanged' | 'some-rows' | 'counts' | 'marker only';

function level(markdown: string): Level {
  if (markdown.includes('unchanged rows are counted, not listed')) return 'no-unchanged';
  if (markdown.includes('not every row is listed')) return 'some-rows';
  if (markdown.includes('only counts and problems are shown')) return 'counts';
  return markdown.includes('### ') ? 'full' : 'marker only';
}
const LEVELS: Level[] = ['full', 'no-unchanged', 'some-rows', 'counts', 'marker only'];

describe('markdown plan', () => {
  it('renders a typical plan', () => {
    const markdown = renderMarkdown(typicalPlan());
    expect(markdown).toMatchSnapshot();
    expectWellFormedTables(markdown);
  });

  it('links manifest lines and shows a note', () => {
    const markdown = renderMarkdown(typicalPlan(), {
      links,
      note: 'Live plan skipped: no Genesys credentials',
      heading: 'gc-timeouts drift for production',
    });
    expect(markdown).toMatchSnapshot();
    expect(markdown).toContain(
      '| [12](https://github.com/acme/contact-center/blob/4f2a9c1/gc-timeouts.yaml#L12) |',
    );
    expect(markdown).toContain(
      '- [line 30](https://github.com/acme/contact-center/blob/4f2a9c1/gc-timeouts.yaml#L30): ',
    );
    expect(markdown.split('\n')[1]).toBe('### gc-timeouts drift for production');
  });

  it('keeps links inside the link and the table whatever the manifest path', () => {
    const p = { ...typicalPlan(), manifest: './config/prod (eu)|x.yaml' };
    const markdown = renderMarkdown(p, { links: { ...links, ref: 'feature/a b' } });
    expect(markdown).toContain(
      '(https://github.com/acme/contact-center/blob/feature/a%20b/config/prod%20%28eu%29%7Cx.yaml#L12)',
    );
    expectWellFormedTables(markdown);
    expect(
      renderMarkdown(p, { links: { repoUrl: 'javascript:alert(1)', ref: 'x' } }),
    ).not.toContain('javascript:');
  });

  it('says so when there is nothing to do', () => {
    const markdown = renderMarkdown(plan([entry({ op: 'unchanged', actionName: 'Get Invoice' })]));
    expect(markdown).toMatchSnapshot();
    expect(markdown).toContain('**No changes.** The org matches the manifest.');
    expect(markdown).not.toContain('| Op |');
  });

  it('leads with the errors verdict when the plan cannot be applied', () => {
    const markdown = renderMarkdown(
      plan(
        [],
        [
          problem('error', 'no action is named "Get Custmer"', 8),
          problem('error', 'too many changes'),
        ],
      ),
    );
    expect(markdown).toMatchSnapshot();
    expect(markdown).not.toContain('No changes.');
    expect(parsePlanMarker(markdown)?.errors).toBe(2);
  });
});

describe('untrusted names in markdown', () => {
  const long = 'x'.repeat(5_000);
  const hostile = plan(
    [
      entry({
        op: 'update',
        actionName: 'Get | Order | Now',
        integrationName: 'A|B',
        reason: 'p99 | 11 s',
      }),
      entry({
        op: 'set',
        actionName: '<script>alert(1)</script>',
        from: null,
        integrationName: '<img src=x onerror=alert(1)>',
      }),
      entry({
        op: 'reset',
        actionName: 'a `tick` and ``two``',
        to: null,
        reason: '@team please\nreview',
      }),
      entry({ op: 'update', actionName: 'multi\nline\r\nname', category: 'x' }),
      entry({ op: 'update', actionName: long, integrationName: long, reason: 'r'.repeat(5_000) }),
      entry({ op: 'update', actionName: 'ends with backslash \\', integrationName: '-->' }),
      entry({ op: 'unchanged', actionName: '</details><script>', integrationName: '@org/team' }),
      entry({
        op: 'unmanaged',
        actionName: '</summary>| |',
        integrationName: '[x](javascript:alert(1))',
      }),
    ],
    [
      problem('error', 'no action named "<script>x</script> | @team"', 3),
      problem('warning', `name ${'z'.repeat(5_000)}`),
    ],
    {
      label: 'prod --> <script>alert(1)</script> @team',
      region: 'us-east-1 | <b>',
      manifest: 'a`b`.yaml',
    },
  );

  it.each([
    ['in full', {}],
    ['shortened', { maxLength: 4_000 }],
    ['with links', { links }],
  ])('escapes everything %s', (_, options) => {
    const markdown = renderMarkdown(hostile, options);
    expect(markdown).not.toMatch(/<script|<img|<b>|<\/details><script/i);
    expect(markdown).not.toContain('@team');
    expect(markdown).not.toContain('@org');
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript/);
    // The only HTML is ours.
    const tags = new Set(markdown.match(/<\/?[\w!-]+/g));
    expect([...tags].filter((t) => !/^<\/?(!--|details|summary|sub)$/.test(t))).toEqual([]);
    expectWellFormedTables(markdown);
  });

  it('keeps one row per entry and cuts long names with an ellipsis', () => {
    const markdown = renderMarkdown(hostile);
    const [changes, unmanaged, unchanged] = tables(markdown);
    expect(changes).toHaveLength(2 + 6);
    expect(unmanaged).toHaveLength(2 + 1);
    expect(unchanged).toHaveLength(2 + 1);
    expect(markdown).toContain(`${'x'.repeat(199)}…`);
    expect(markdown).not.toContain('x'.repeat(200));
    expect(markdown).toContain(`| ${'r'.repeat(299)}… |`);
    expect(markdown).toContain(`- name ${'z'.repeat(994)}…\n`);
    expect(markdown).toContain('multi line name');
    expect(markdown).toContain('Get \\| Order \\| Now');
    expect(markdown).toContain('a \\`tick\\` and \\`\\`two\\`\\`');
  });

  it('keeps the marker whole and readable', () => {
    const markdown = renderMarkdown(hostile);
    const marker = parsePlanMarker(markdown);
    expect(markdown.split('\n')[0]?.endsWith(' -->')).toBe(true);
    expect(marker).toMatchObject({
      label: hostile.label,
      region: hostile.region,
      manifest: hostile.manifest,
      fingerprint: hostile.fingerprint,
      version: '0.1.0',
      changes: 6,
      errors: 1,
    });
  });
});

describe('marker round trip', () => {
  it('gives back what the apply step needs', () => {
    const p = typicalPlan();
    expect(parsePlanMarker(renderMarkdown(p))).toEqual({
      label: 'production',
      region: 'us-east-1',
      manifest: 'gc-timeouts.yaml',
      fingerprint: p.fingerprint,
      version: '0.1.0',
      changes: 4,
      errors: 1,
    });
  });

  it('survives every degradation step', () => {
    // 1,000 rows render to over 130,000 characters in full: every limit below is a shortened comment.
    const p = hugePlan(1_000);
    for (const maxLength of [60_000, 5_000, 1_000]) {
      const markdown = renderMarkdown(p, { maxLength });
      expect(level(markdown)).not.toBe('full');
      expect(parsePlanMarker(markdown)?.fingerprint).toBe(p.fingerprint);
    }
  });
});

describe('size limit', () => {
  it('fits a 20,000-action plan in 60,000 characters and says it was shortened', () => {
    const p = hugePlan(20_000);
    const markdown = renderMarkdown(p);
    expect(markdown.length).toBeLessThanOrEqual(60_000);
    expect(level(markdown)).toBe('some-rows');
    const [changes] = tables(markdown);
    const shown = (changes?.length ?? 0) - 2;
    expect(shown).toBeGreaterThan(100);
    expect(markdown).toContain(
      `… and ${20_000 - shown} more changes (see the job summary / plan JSON)`,
    );
    expect(markdown).toContain('**0** to set · **20000** to update');
    expectWellFormedTables(markdown);
  });

  it('reaches each step as the limit shrinks, never going back up', () => {
    const p = plan(
      [
        ...Array.from({ length: 30 }, (_, i) => entry({ op: 'update', actionName: `Change ${i}` })),
        ...Array.from({ length: 30 }, (_, i) =>
          entry({ op: 'unchanged', actionName: `Same ${i}` }),
        ),
        ...Array.from({ length: 5 }, (_, i) =>
          entry({ op: 'unmanaged', actionName: `Stray ${i}` }),
        ),
      ],
      Array.from({ length: 20 }, (_, i) =>
        problem('error', `problem number ${i} with some words`, i + 1),
      ),
    );
    const full = renderMarkdown(p, { maxLength: Infinity });
    expect(level(full)).toBe('full');
    const seen: Level[] = [];
    let shortestCounts = Infinity;
    // Every 7th length: each step's range is hundreds of characters wide, and 7 keeps the room
    // checks below exact to a few characters at a third of the renders of every 3rd.
    for (let maxLength = full.length + 5; maxLength >= 0; maxLength -= 7) {
      const markdown = renderMarkdown(p, { maxLength });
      expect(markdown.length).toBeLessThanOrEqual(maxLength);
      const l = level(markdown);
      if (l === 'counts') {
        shortestCounts = Math.min(shortestCounts, markdown.length);
        // Uses the room it has: less is left over than one more problem would take.
        expect(maxLength - markdown.length).toBeLessThan(150);
      }
      // The marker alone only once not even the counts without a single problem fit.
      if (l === 'marker only') expect(maxLength).toBeLessThan(shortestCounts);
      expect(LEVELS.indexOf(l)).toBeGreaterThanOrEqual(LEVELS.indexOf(seen.at(-1) ?? 'full'));
      if (seen.at(-1) !== l) seen.push(l);
      if (l !== 'marker only') expectWellFormedTables(markdown);
    }
    expect(seen).toEqual(LEVELS);
  });

  it('shows each step in a recognisable form', () => {
    const p = plan(
      [
        ...Array.from({ length: 30 }, (_, i) => entry({ op: 'update', actionName: `Change ${i}` })),
        ...Array.from({ length: 30 }, (_, i) =>
          entry({ op: 'unchanged', actionName: `Same ${i}` }),
        ),
      ],
      Array.from({ length: 20 }, (_, i) =>
        problem(
          'error',
          `problem number ${i}: ${'a long explanation of what is wrong '.repeat(3)}`,
          i + 1,
        ),
      ),
    );
    const full = renderMarkdown(p);
    const noUnchanged = renderMarkdown(p, { maxLength: full.length - 1 });
    expect(level(noUnchanged)).toBe('no-unchanged');
    expect(noUnchanged).not.toContain('<details>');
    expect(tables(noUnchanged)[0]).toHaveLength(2 + 30);

    const someRows = renderMarkdown(p, { maxLength: noUnchanged.length - 1 });
    expect(level(someRows)).toBe('some-rows');
    const shown = (tables(someRows)[0]?.length ?? 0) - 2;
    expect(shown).toBe(29);
    expect(someRows).toContain('… and 1 more change (see the job summary / plan JSON)');
    expect(someRows).toContain('#### ❌ 20 errors');

    const counts = renderMarkdown(p, { maxLength: 1_500 });
    expect(level(counts)).toBe('counts');
    expect(tables(counts)).toEqual([]);
    expect(counts).toMatch(/- … and \d+ more errors/);
    expect(counts).toContain('**0** to set · **30** to update · **0** to reset · 30 unchanged');
    expect(counts).toContain('<sub>Fingerprint');
  });

  it('is never longer than the limit', () => {
    // Longer than the largest limit in full, so every limit tried shortens it; the 20,000-row
    // plan above only costs more time (a second a render on two cores), not more cover.
    const huge = hugePlan(600);
    expect(renderMarkdown(huge, { maxLength: Infinity }).length).toBeGreaterThan(70_000);
    for (let maxLength = 2_000; maxLength <= 60_000; maxLength += 1_500) {
      expect(renderMarkdown(huge, { maxLength }).length).toBeLessThanOrEqual(maxLength);
    }
    const p = typicalPlan();
    const long = { ...p, label: '🙂'.repeat(3_000) };
    for (let maxLength = 0; maxLength <= 8_000; maxLength += 97) {
      expect(renderMarkdown(p, { maxLength }).length).toBeLessThanOrEqual(maxLength);
      const cut = renderMarkdown(long, { maxLength });
      expect(cut.length).toBeLessThanOrEqual(maxLength);
      expect(cut).not.toMatch(/[\ud800-\udbff]$/);
    }
  });
});
