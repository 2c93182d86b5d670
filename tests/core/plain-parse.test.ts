// The bulk path's parser: replay verification reads its own plain copies of a file's actions with
// parsePlainAction, which skips parseAction's guards against getters and proxies. On plain data
// (what JSON.parse gives) both must give the same answer — the same typed action, or the same named
// rejection with the same message — or a replay could verify differently from the game that made it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORCES, PROGRAMMES, parseAction, parsePlainAction, REFORMS } from '../../src/core';

const TYPES = ['coordinate', 'develop', 'strengthen', 'respond', 'adoptReform', 'clearBurden', 'endMonth'];
const ID = fc.oneof(
  fc.constantFrom(...FORCES, ...PROGRAMMES, ...REFORMS, ...TYPES, 'c1', 'c12'),
  fc.string({ maxLength: 50 }),
);
/** What a field of a file's action may hold: ids, lists of ids (with repeats and strangers), and junk. */
const VALUE = fc.oneof(
  ID,
  fc.array(ID, { maxLength: 7 }),
  fc.array(fc.constantFrom(...FORCES), { maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
  fc.integer(),
  fc.array(fc.oneof(fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);
/** An action-like record as a file holds it: JSON text parsed, so plain data by construction. */
const PLAIN_ACTION = fc
  .record(
    {
      type: fc.oneof(fc.constantFrom(...TYPES), VALUE),
      forces: VALUE,
      programme: VALUE,
      force: VALUE,
      concern: VALUE,
      reform: VALUE,
      topDown: fc.oneof(fc.boolean(), VALUE),
      note: VALUE,
    },
    { requiredKeys: [] },
  )
  .map((a) => JSON.parse(JSON.stringify(a)) as unknown);

/** Well-formed actions of every type, as a save writes them (most of a real replay). */
const FORCE_SET = fc.shuffledSubarray([...FORCES], { minLength: 1 });
const WELL_FORMED = fc
  .oneof(
    FORCE_SET.map((forces) => ({ type: 'coordinate', forces })),
    fc.constantFrom(...PROGRAMMES).map((programme) => ({ type: 'develop', programme })),
    fc.constantFrom(...FORCES).map((force) => ({ type: 'strengthen', force })),
    fc.tuple(ID, FORCE_SET).map(([concern, forces]) => ({ type: 'respond', concern, forces })),
    ID.map((concern) => ({ type: 'respond', concern, forces: [], topDown: true })),
    fc.constantFrom(...REFORMS).map((reform) => ({ type: 'adoptReform', reform })),
    fc.constantFrom({ type: 'clearBurden' }, { type: 'endMonth' }),
  )
  .map((a) => JSON.parse(JSON.stringify(a)) as unknown);

const ANY = fc.oneof(
  WELL_FORMED,
  PLAIN_ACTION,
  fc.jsonValue().map((v) => v as unknown),
);

describe('parsePlainAction reads plain data as parseAction does', () => {
  it('the inputs below reach both answers: typed actions and rejections', () => {
    const answers = fc.sample(ANY, { numRuns: 500, seed: 7 }).map((raw) => 'code' in parseAction(raw));
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });

  it('gives the same typed action or the same named rejection on any JSON action', () => {
    fc.assert(
      fc.property(ANY, (raw) => {
        expect(parsePlainAction(raw)).toStrictEqual(parseAction(raw));
      }),
      { numRuns: 3000 },
    );
  });
});
