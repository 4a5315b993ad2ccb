// Every handler the Gmail adapter hands to the page goes through guard():
// an exception in our code is logged for debugging and never reaches Gmail.
export const guard = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A): void => {
  try {
    fn(...a);
  } catch (err) {
    console.debug('[nudgeline] gmail handler failed', err);
  }
};
