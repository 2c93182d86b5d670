// Named saves (issue 12, item 7): several terms in progress, each in its own slot; a new game never
// replaces one in progress while a slot is free; names are bounded; a refused save is listed with
// its problem, not hidden.
import { describe, expect, it } from 'vitest';
import {
  freshSlotId,
  listSlots,
  MAX_SLOT_NAME,
  MAX_SLOTS,
  readMeta,
  renameSlot,
  type SlotInfo,
  slotForNewGame,
  slotIds,
  touchSlot,
} from '../../src/app/slots';
import { DEFAULT_SLOT, GameStore, saveKey } from '../../src/app/store';
import { SHIPPED, shippedLookup } from '../replay/helpers';
import { MemoryStorage } from '../ui/fakes';

const source = { get: (id: string) => shippedLookup(id) };
const scenario = SHIPPED.find((s) => s.difficulty === 1)!;
const info = (slot: string, playing: boolean, updated: number): SlotInfo => ({
  slot,
  name: null,
  updated,
  game: {
    title: scenario.title,
    turn: 2,
    maxTurns: 12,
    status: playing ? 'playing' : 'won',
    scenarioId: scenario.id,
    seed: 'a',
    team: '',
  },
  problem: null,
});

describe('named saves', () => {
  it('each save says which challenge it plays and for which team (the live room finds its game by them)', () => {
    const storage = new MemoryStorage();
    const store = new GameStore(storage, source);
    store.start(scenario, 'peixun', DEFAULT_SLOT, { months: 6, team: '第二组' });
    store.start(scenario, 'other', 'solo');
    const bySlot = new Map(listSlots(storage, source).map((x) => [x.slot, x.game]));
    expect(bySlot.get(DEFAULT_SLOT)).toMatchObject({
      scenarioId: scenario.id,
      seed: 'peixun',
      maxTurns: 6,
      team: '第二组',
    });
    expect(bySlot.get('solo')).toMatchObject({ seed: 'other', team: '' });
  });

  it('lists each save verified, most recently played first, with its name', () => {
    const storage = new MemoryStorage();
    const store = new GameStore(storage, source);
    store.start(scenario, 'a', DEFAULT_SLOT);
    touchSlot(storage, DEFAULT_SLOT, 1000);
    store.start(scenario, 'b', 'second');
    store.dispatch({ type: 'endMonth' });
    touchSlot(storage, 'second', 2000, 'Wednesday');
    storage.setItem(`${saveKey('second')}.unsaved`, '{"turn":3,"actions":4}');
    expect(slotIds(storage).sort()).toEqual([DEFAULT_SLOT, 'second']);
    const slots = listSlots(storage, source);
    expect(slots.map((s) => [s.slot, s.name, s.game?.turn])).toEqual([
      ['second', 'Wednesday', 2],
      [DEFAULT_SLOT, null, 1],
    ]);
  });

  it('a damaged save is listed with its problem, the others still load', () => {
    const storage = new MemoryStorage();
    new GameStore(storage, source).start(scenario, 'a');
    storage.setItem(saveKey('broken'), '{"format":1,');
    const slots = listSlots(storage, source);
    expect(slots.find((s) => s.slot === 'broken')?.problem?.code).toBe('damaged');
    expect(slots.find((s) => s.slot === DEFAULT_SLOT)?.game).not.toBeNull();
  });

  it('a new game takes a free slot and never replaces a term in progress while one is free', () => {
    expect(slotForNewGame([], 'fresh')).toEqual({ slot: DEFAULT_SLOT, replaces: null });
    expect(slotForNewGame([info(DEFAULT_SLOT, true, 1)], 'fresh')).toEqual({ slot: 'fresh', replaces: null });
    expect(slotForNewGame([info(DEFAULT_SLOT, true, 1), info('x', false, 2)], 'fresh')).toEqual({
      slot: 'x',
      replaces: null,
    });
    const full = Array.from({ length: MAX_SLOTS }, (_, i) =>
      info(i === 0 ? DEFAULT_SLOT : `s${i}`, true, 10 - i),
    );
    const r = slotForNewGame(full, 'fresh');
    expect(r.slot).toBe(`s${MAX_SLOTS - 1}`);
    expect(r.replaces?.slot).toBe(`s${MAX_SLOTS - 1}`);
  });

  it('names are trimmed and bounded; an empty name goes back to the default', () => {
    const storage = new MemoryStorage();
    new GameStore(storage, source).start(scenario, 'a');
    renameSlot(storage, DEFAULT_SLOT, `  ${'x'.repeat(100)}  `);
    expect(readMeta(storage)[DEFAULT_SLOT]?.name).toHaveLength(MAX_SLOT_NAME);
    renameSlot(storage, DEFAULT_SLOT, '   ');
    expect(readMeta(storage)[DEFAULT_SLOT]?.name).toBeUndefined();
  });

  it('a garbled slot index reads as empty, never throws', () => {
    const storage = new MemoryStorage();
    storage.setItem('community-secretary.slots', '{"auto": 5, "b": {"updated": "x"}, ');
    expect(readMeta(storage)).toEqual({});
    storage.setItem('community-secretary.slots', '[1,2]');
    expect(readMeta(storage)).toEqual({});
  });

  it('fresh slot ids are short and distinct for distinct moments', () => {
    const a = freshSlotId(1_700_000_000_000, 0.1);
    const b = freshSlotId(1_700_000_000_001, 0.1);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(16);
  });
});
