// Counts reads of message bodies: textContent / innerText on the body
// elements themselves, and tree walks over anything holding them (how a
// snippet is read). A test with snippets off expects zero.
import { vi } from 'vitest';

export function watchBodyReads(bodies: readonly Element[]): { reads(): number } {
  if (!bodies.length) throw new Error('no body elements to watch');
  let reads = 0;
  const touches = (node: Node): boolean => bodies.some((b) => node === b || node.contains(b) || b.contains(node));
  const walk = document.createTreeWalker.bind(document);
  vi.spyOn(document, 'createTreeWalker').mockImplementation((root, ...rest) => {
    if (touches(root)) reads++;
    return walk(root, ...rest);
  });
  for (const el of bodies) {
    for (const prop of ['textContent', 'innerText'] as const) {
      let proto: object | null = Object.getPrototypeOf(el);
      let desc: PropertyDescriptor | undefined;
      while (proto && !(desc = Object.getOwnPropertyDescriptor(proto, prop))) proto = Object.getPrototypeOf(proto);
      if (!desc?.get) continue;
      const { get, set } = desc;
      Object.defineProperty(el, prop, {
        configurable: true,
        get() {
          reads++;
          return get.call(el);
        },
        set(v: string) {
          set?.call(el, v);
        },
      });
    }
  }
  return { reads: () => reads };
}
