// Vitest 5 declares Node >= 22 and, on Node 20, runs tests fine but calls three ES2024 built-ins that Node 20
// lacks: Map.groupBy (printing the summary of FAILED tests — without it a failure shows as
// "TypeError: Map.groupBy is not a function" instead of its assertion), Object.groupBy (saving snapshots)
// and Promise.withResolvers (watch mode). The Vitest configs import this file first, in Vitest's main process.
type Key = PropertyKey;

const missing = (owner: object, name: string): boolean =>
  typeof (owner as Record<string, unknown>)[name] !== 'function';

if (missing(Map, 'groupBy')) {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<T, K>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const out = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = out.get(k);
        if (group) group.push(item);
        else out.set(k, [item]);
      }
      return out;
    },
  });
}

if (missing(Object, 'groupBy')) {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value<T>(items: Iterable<T>, key: (item: T, index: number) => Key): Partial<Record<Key, T[]>> {
      const out: Partial<Record<Key, T[]>> = Object.create(null);
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = out[k];
        if (group) group.push(item);
        else out[k] = [item];
      }
      return out;
    },
  });
}

if (missing(Promise, 'withResolvers')) {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((ok, fail) => {
        resolve = ok;
        reject = fail;
      });
      return { promise, resolve, reject };
    },
  });
}

export {};
