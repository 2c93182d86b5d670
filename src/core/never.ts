/** The compiler proves a switch over a union covers every member; at run time it reports a bug. */
export function assertNever(x: never): never {
  const type = typeof x === 'object' && x !== null ? (x as { type?: unknown }).type : x;
  throw new Error(`unhandled case ${String(type)}`);
}
