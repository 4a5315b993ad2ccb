// The popup's focus retries fire up to a second after a row unmounts; by then
// the document may be gone (the popup closed, or a test's DOM torn down).
// Runs in the unit tier, where there is no document at all.
import { describe, expect, it } from 'vitest';
import { refocus } from '../../../src/popup/focus-keeper';

describe('refocus without a document', () => {
  it('does nothing and throws nothing', () => {
    expect(typeof document).toBe('undefined');
    expect(() => refocus(1)).not.toThrow();
    expect(() => refocus(1, 0)).not.toThrow();
  });
});
