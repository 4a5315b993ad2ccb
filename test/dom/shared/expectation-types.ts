// What every site's selectors must find in its dated fixtures. Each site
// adds `test/dom/<site>/selector-expectations.ts` exporting `expectations`;
// selectors.test.ts picks them all up, so a markup change that breaks a role
// fails one named row.
import type { SelectorTable } from '../../../src/sites/shared/selectors';

export interface SelectorExpectation {
  site: string;
  /** path under test/fixtures/, dated: `<site>/YYYY-MM-<view>.html` */
  fixture: string;
  table: SelectorTable;
  /**
   * role → true: some selector finds it; false: none does (a broken page);
   * a number: found, and first by the selector at that index (pins a fallback).
   */
  expect: Record<string, boolean | number>;
}
