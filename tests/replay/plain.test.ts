// Verification reads a file's actions where they are (no copy of its own): what it keeps and shows must
// still be the format's own — a stray field or another key order in a file changes neither the game,
// nor the replay handed back, nor how a refused action is shown.
import { describe, expect, it } from 'vitest';
import { type Action, newGame, step } from '../../src/core';
import { makeReplay, verifyReplay } from '../../src/replay';
import { asFile, playedReplay, SHIPPED, shippedLookup } from './helpers';

const { replay } = playedReplay(SHIPPED[0]!, 'plain-fields');

/** The action with its keys in reverse order and a field the format does not have. */
const scrambled = (a: unknown) => ({
  note: { deep: [['not read']] },
  ...Object.fromEntries(Object.entries(a as object).reverse()),
});

describe('a file’s actions are read as data, and only the format’s fields are kept', () => {
  it('stray fields and another key order verify as the clean file, and the replay handed back is the clean one', () => {
    const f = asFile(replay);
    f.actions = f.actions.map(scrambled);
    const r = verifyReplay(f, shippedLookup);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.hash).toBe(replay.result.hash);
    expect(r.replay.actions).toStrictEqual(replay.actions);
    expect(JSON.stringify(r.replay)).not.toContain('note');
  });

  it('a refused action is shown by its own fields, in the format’s order, without stray ones', () => {
    const f = asFile(replay);
    f.actions[1] = { note: 'x', forces: ['community'], concern: 'c999', type: 'respond' };
    const r = verifyReplay(f, shippedLookup);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.code).toBe('illegalAction');
    expect(r.reason.message).toContain(
      'index 1 {"type":"respond","forces":["community"],"concern":"c999"}: unknownConcern',
    );
  });
});

describe('行政包办 written without its empty force list', () => {
  it('a top-down response the game accepts without "forces" verifies, and its replay writes forces: []', () => {
    const start = newGame(SHIPPED[0]!, 'top-down-bare');
    const concern = start.concerns.find((c) => c.hiddenFor === 0)?.id;
    expect(concern).toBeDefined();
    const bare = { type: 'respond', concern, topDown: true } as unknown as Action;
    const stepped = step(start, bare);
    expect(stepped.ok).toBe(true);
    if (!stepped.ok) return;
    const f = asFile(makeReplay(start, [bare], stepped.state));
    expect(f.actions[0]).toStrictEqual({ type: 'respond', concern, forces: [], topDown: true });
    f.actions[0] = { type: 'respond', concern, topDown: true };
    const r = verifyReplay(f, shippedLookup);
    expect(r.ok ? r.hash : r.reason.message).toBe(f.result.hash);
  });
});
