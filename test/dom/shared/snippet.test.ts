// snippetOf: at most 100 characters of one element's text, whitespace
// collapsed, lines joined by a space, no style or script text; snippetIn
// reads nothing unless snippets are on.
import { describe, expect, it, vi } from 'vitest';
import { SNIPPET_MAX, snippetIn, snippetOf } from '../../../src/sites/shared/snippet';

const el = (html: string): Element => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('snippetOf', () => {
  it.each([
    ['plain text', 'Hi Ada', 'Hi Ada'],
    ['inline markup keeps words whole', 'He<b>llo</b> <i>there</i>', 'Hello there'],
    ['lines become one space', '<div>Hi</div><div><br></div><div>  there  </div>', 'Hi there'],
    ['a <br> breaks words apart', 'one<br>two', 'one two'],
    ['style and script text is not message text', '<style>p{color:red}</style>Hi<script>x()</script>', 'Hi'],
    ['whitespace only is nothing', ' \n\t<div> </div>', undefined],
    ['empty is nothing', '', undefined],
  ])('%s', (_, html, expected) => {
    expect(snippetOf(el(html))).toBe(expected);
  });

  it(`cuts at ${SNIPPET_MAX} characters without a trailing space, however long the body`, () => {
    const long = el(`<div>${'abcdefghi '.repeat(5_000)}</div>`);
    const s = snippetOf(long)!;
    expect(s.length).toBeLessThanOrEqual(SNIPPET_MAX);
    expect(s).toBe('abcdefghi '.repeat(10).trimEnd());
  });

  it('stops walking once it has enough text', () => {
    const many = el(Array.from({ length: 500 }, (_, i) => `<p>line ${i}</p>`).join(''));
    const walker = document.createTreeWalker.bind(document);
    let steps = 0;
    vi.spyOn(document, 'createTreeWalker').mockImplementation((root, ...rest) => {
      const w = walker(root, ...rest);
      const next = w.nextNode.bind(w);
      w.nextNode = () => (steps++, next());
      return w;
    });
    expect(snippetOf(many)?.startsWith('line 0 line 1')).toBe(true);
    expect(steps).toBeLessThan(100);
    vi.restoreAllMocks();
  });
});

describe('snippetIn', () => {
  const root = el('<div class="body">Hello</div>');
  it.each([
    [() => true, 'Hello'],
    [() => false, undefined],
    [undefined, undefined],
  ])('enabled %s', (enabled, expected) => {
    expect(snippetIn(root, ['.body'], enabled)).toBe(expected);
  });
});
