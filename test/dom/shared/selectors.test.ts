// Every site's selector lists against every dated fixture (rows come from
// test/dom/<site>/selector-expectations.ts), plus the lookup helpers.
import { describe, expect, it } from 'vitest';
import { closestAny, findAll, findFirst, matchesAny, whichMatches } from '../../../src/sites/shared/selectors';
import { parseFixture } from './fixture-page';
import type { SelectorExpectation } from './expectation-types';

const modules = import.meta.glob<{ expectations: SelectorExpectation[] }>('../*/selector-expectations.ts', { eager: true });
const rows = Object.values(modules).flatMap((m) => m.expectations);

describe('site selectors on dated fixtures', () => {
  it('has expectations for at least one site', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  for (const row of rows) {
    describe(`${row.site}: ${row.fixture}`, () => {
      it('is a dated fixture of its own site', () => {
        expect(row.fixture).toMatch(new RegExp(`^${row.site}/\\d{4}-\\d{2}-[a-z0-9-]+\\.html$`));
      });
      const doc = parseFixture(row.fixture);
      for (const [role, want] of Object.entries(row.expect)) {
        it(`${role} → ${String(want)}`, () => {
          const list = row.table[role];
          expect(list, `no selector list for role ${role}`).toBeDefined();
          const index = whichMatches(doc, list!);
          // false: nothing found (-1); true: any selector; a number: exactly that one.
          const found = want === true ? index >= 0 : index === (want === false ? -1 : want);
          expect(found, `first matching selector index was ${index}`).toBe(true);
        });
      }
    });
  }
});

describe('selector helpers never throw', () => {
  const doc = new DOMParser().parseFromString('<div id="a" class="x"><p class="y"><b class="z">hi</b></p></div>', 'text/html');
  const bad = ['div[', '::nonsense(', ':has(>'];

  it.each([
    ['findFirst skips invalid selectors and returns the first match', () => findFirst(doc, [...bad, '.y', '.x'])?.className, 'y'],
    ['findFirst returns null when nothing matches', () => findFirst(doc, [...bad, '.nope']), null],
    ['findFirst tolerates a missing root', () => findFirst(null, ['.x']), null],
    ['findAll uses the first selector that matches anything', () => findAll(doc, [...bad, '.none', 'p, b']).length, 2],
    ['findAll returns [] on a missing root', () => findAll(undefined, ['.x']).length, 0],
    ['matchesAny checks the element itself', () => matchesAny(doc.querySelector('b'), [...bad, '.z']), true],
    ['closestAny walks up in selector order', () => closestAny(doc.querySelector('b'), [...bad, '.x', '.y'])?.id, 'a'],
    ['whichMatches gives the index of the first matching selector', () => whichMatches(doc, [...bad, '.none', '.z']), 4],
  ])('%s', (_label, run, want) => {
    expect(run()).toEqual(want);
  });
});
