// Verification against near-valid replays: a valid game's file with one value anywhere in it (the
// top fields, the result, an action, an action's force list) replaced by something hostile — 5,000-
// deep nesting, a sparse list, a huge string, a class instance, a wrong type. Whatever it is, verify
// never throws, answers in one bounded line, and the generated inputs reach the later checks (the
// action rules and the result comparison), not only the first two.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPLAY_LIMITS, type ReplayRejectionCode, verifyReplay, verifyReplayText } from '../../src/replay';
import { asFile, playedReplay, SHIPPED, shippedLookup } from './helpers';

const { replay } = playedReplay(SHIPPED[0]!, 'deep');

/** Every path in a replay file, to the leaves of each action's force list. */
function pathsOf(v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (path.length > 0) out.push(path);
  if (Array.isArray(v)) for (const [i, x] of v.entries()) pathsOf(x, [...path, i], out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...path, k], out);
  return out;
}
const PATHS = pathsOf(asFile(replay));

const nested = (depth: number): unknown => {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};
class Forged {
  type = 'endMonth';
}

/** Values a hostile or clumsy file could put anywhere. */
const hostile = fc.oneof(
  fc.constant(nested(5000)),
  fc.constant(nested(9)),
  fc.constant(
    (() => {
      const a: unknown[] = [];
      a[3] = 'community';
      return a;
    })(),
  ),
  fc.constant(new Array(1_000_000)),
  fc.constant('x'.repeat(1_000_000)),
  fc.constant('a\nb\u2028c'.repeat(50)),
  fc.constant(new Forged()),
  fc.constant(Object.create({ type: 'endMonth' })),
  fc.constant({ type: 'coordinate', forces: ['community', 'community'] }),
  fc.constant({ type: 'endMonth', extra: 'y'.repeat(500) }),
  fc.constantFrom(null, true, 0, -1, 1.5, Number.NaN, 2 ** 53, '', 'endMonth', 'community'),
  fc.jsonValue({ maxDepth: 3 }),
);

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = value;
}

describe('verification of near-valid replays reaches deep and never throws', () => {
  it('one hostile value anywhere in a valid replay: a named rejection in one bounded line', () => {
    const seen = new Map<ReplayRejectionCode | 'ok', number>();
    let deep = 0;
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), hostile, (path, value) => {
        const f = asFile(replay);
        setAt(f, path, value);
        const r = verifyReplay(f, shippedLookup);
        const code = r.ok ? 'ok' : r.reason.code;
        seen.set(code, (seen.get(code) ?? 0) + 1);
        if (r.ok) return;
        expect(r.reason.code).not.toBe('internalError');
        expect(r.reason.message).not.toMatch(/[\n\r\u2028]/);
        expect(r.reason.message.length).toBeLessThanOrEqual(400);
        // Past the format, rules-version and shape checks: the rules or the result comparison.
        if (code === 'illegalAction' || code === 'resultDiffers') deep += 1;
      }),
      { numRuns: 400, seed: 8 },
    );
    expect(deep, JSON.stringify([...seen])).toBeGreaterThan(30);
    expect(seen.get('malformedField') ?? 0).toBeGreaterThan(60);
  });

  it('the same as text: nesting 5,000 deep in any field is refused before JSON.parse, in one line', () => {
    const deepText = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    for (const path of PATHS) {
      const f = asFile(replay);
      setAt(f, path, '@@deep@@');
      const text = JSON.stringify(f).replace('"@@deep@@"', deepText);
      const r = verifyReplayText(text, shippedLookup);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason.code, path.join('.')).toBe('notJson');
        expect(r.reason.message).toMatch(
          /^not JSON: line 1, column \d+: expected lists and objects nested at most 8 deep/,
        );
      }
    }
  });

  it('text mutated by one character anywhere: never throws, every refusal one bounded line', () => {
    const text = JSON.stringify(asFile(replay));
    fc.assert(
      fc.property(
        fc.nat(text.length - 1),
        fc.constantFrom('', '[', '{', '"', ',', ':', '\\', '\u0000', '9', '}'),
        (at, ch) => {
          const mutated = text.slice(0, at) + ch + text.slice(at + 1);
          const r = verifyReplayText(mutated, shippedLookup);
          if (!r.ok) {
            expect(r.reason.message).not.toMatch(/[\n\r]/);
            expect(r.reason.message.length).toBeLessThanOrEqual(400);
          }
        },
      ),
      { numRuns: 300, seed: 8 },
    );
  });

  it('the size bound is exact: a valid replay padded to the limit verifies, one character more is too large', () => {
    const text = JSON.stringify(asFile(replay));
    const at = `${text}${' '.repeat(REPLAY_LIMITS.maxLength - text.length)}`;
    expect(verifyReplayText(at, shippedLookup).ok).toBe(true);
    const r = verifyReplayText(`${at} `, shippedLookup);
    expect(r.ok ? 'ok' : r.reason.code).toBe('tooLarge');
  });

  it('a sparse list (reachable from script, not JSON) is refused by name where the hole is', () => {
    const f = asFile(replay);
    const i = f.actions.findIndex((a) => Array.isArray((a as { forces?: unknown }).forces));
    expect(i).toBeGreaterThanOrEqual(0);
    const holed = asFile(replay);
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    (holed.actions[i] as { forces: unknown[] }).forces = ['community', , 'volunteers'];
    const r = verifyReplay(holed, shippedLookup);
    expect(r.ok ? 'ok' : r.reason.message).toBe(
      `malformed field "actions[${i}].forces[1]": expected an id (the list has a hole here), got nothing`,
    );
    const gap = asFile(replay);
    delete gap.actions[1];
    const g = verifyReplay(gap, shippedLookup);
    expect(g.ok ? 'ok' : g.reason.message).toMatch(
      /^malformed field "actions\[1\]": expected an action \(the list has a hole here\)/,
    );
  });
});
