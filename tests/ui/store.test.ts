// The store saves the replay after every action and never trusts a save: loading re-runs the
// actions through the rules, and a damaged or outdated save is refused by name, touching nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SLOT, GameStore, type SaveFile, saveKey } from '../../src/app/store';
import { type Action, RULES_VERSION, type Scenario, stateHash } from '../../src/core';
import { MemoryStorage, shippedScenario, sourceOf } from './fakes';

const KEY = saveKey(DEFAULT_SLOT);

/** A few legal moves of month 1, then the month's end. */
function playSome(store: GameStore): void {
  const moves: Action[] = [
    { type: 'coordinate', forces: ['community', 'socialOrgs'] },
    { type: 'develop', programme: 'residentsCouncil' },
    { type: 'endMonth' },
    { type: 'coordinate', forces: ['volunteers'] },
  ];
  for (const a of moves) expect(store.dispatch(a).ok).toBe(true);
}

function saved(storage: MemoryStorage, key = KEY): SaveFile {
  return JSON.parse(storage.getItem(key)!) as SaveFile;
}

describe('store: the replay is saved after every action', () => {
  let storage: MemoryStorage;
  let scenario: Scenario;
  let store: GameStore;

  beforeEach(() => {
    storage = new MemoryStorage();
    scenario = shippedScenario();
    store = new GameStore(storage, sourceOf(scenario));
    store.start(scenario, 'seed-1');
  });

  it('a new game is saved at once, with no actions', () => {
    const file = saved(storage);
    expect(file.scenarioId).toBe(scenario.id);
    expect(file.seed).toBe('seed-1');
    expect(file.actions).toEqual([]);
    expect(file.rulesVersion).toBe(RULES_VERSION);
  });

  it('each accepted action is appended to the saved replay', () => {
    playSome(store);
    expect(saved(storage).actions).toEqual(store.actions);
    expect(saved(storage).hash).toBe(stateHash(store.state!));
  });

  it('a rejected action changes neither the state, the replay nor the save', () => {
    playSome(store);
    const before = storage.getItem(KEY);
    const state = store.state;
    const r = store.dispatch({ type: 'respond', concern: 'no-such-concern', forces: ['community'] });
    expect(r.ok).toBe(false);
    expect(store.state).toBe(state);
    expect(storage.getItem(KEY)).toBe(before);
  });

  it('a reload resumes exactly where the game was (same state hash, same month)', () => {
    playSome(store);
    const again = new GameStore(storage, sourceOf(scenario));
    const r = again.load();
    expect(r.ok).toBe(true);
    expect(stateHash(again.state!)).toBe(stateHash(store.state!));
    expect(again.state!.turn).toBe(2);
    expect(again.actions).toEqual(store.actions);
  });

  it('the loaded state comes from the replay, not from anything stored beside it', () => {
    playSome(store);
    const file = { ...saved(storage), state: { budget: 99999, turn: 12 } };
    storage.setItem(KEY, JSON.stringify(file));
    const again = new GameStore(storage, sourceOf(scenario));
    expect(again.load().ok).toBe(true);
    expect(again.state!.budget).toBe(store.state!.budget);
    expect(again.state!.turn).toBe(store.state!.turn);
  });

  it('concern titles stay known after the concern leaves the board (for explanations)', () => {
    playSome(store);
    const again = new GameStore(storage, sourceOf(scenario));
    again.load();
    expect(Object.keys(again.concerns).sort()).toEqual(Object.keys(store.concerns).sort());
  });

  it('a storage that refuses writes does not stop the game', () => {
    storage.failWrites = true;
    expect(store.dispatch({ type: 'endMonth' }).ok).toBe(true);
    expect(store.persistFailed).toBe(true);
    expect(store.state!.turn).toBe(2);
  });
});

describe('store: a bad save is refused with its reason, and nothing else is touched', () => {
  let storage: MemoryStorage;
  let scenario: Scenario;

  beforeEach(() => {
    storage = new MemoryStorage();
    scenario = shippedScenario();
    const store = new GameStore(storage, sourceOf(scenario));
    store.start(scenario, 'seed-2');
    playSome(store);
    storage.setItem('community-secretary.lang', 'en');
    storage.setItem(saveKey('other'), '{"kept": true}');
  });

  const load = () => new GameStore(storage, sourceOf(scenario)).load();
  const edit = (f: (file: SaveFile) => unknown) => storage.setItem(KEY, JSON.stringify(f(saved(storage))));

  function expectOthersIntact(raw: string | null): void {
    expect(storage.getItem(KEY)).toBe(raw);
    expect(storage.getItem('community-secretary.lang')).toBe('en');
    expect(storage.getItem(saveKey('other'))).toBe('{"kept": true}');
  }

  it('an empty slot is simply empty', () => {
    expect(new GameStore(storage, sourceOf(scenario)).load('never-used')).toEqual({ ok: false, empty: true });
  });

  it('text that is not JSON is refused as corrupt', () => {
    storage.setItem(KEY, '{"format":1, "actions": [');
    const r = load();
    expect(r.ok === false && !r.empty && r.problem.code).toBe('corrupt');
    expectOthersIntact('{"format":1, "actions": [');
  });

  it('JSON of the wrong shape is refused as corrupt', () => {
    for (const bad of ['[]', '42', '{"format":1}', JSON.stringify({ ...saved(storage), actions: 'x' })]) {
      storage.setItem(KEY, bad);
      const r = load();
      expect(r.ok === false && !r.empty && r.problem.code).toBe('corrupt');
      expectOthersIntact(bad);
    }
  });

  it('another rules version is refused as outdated', () => {
    edit((f) => ({ ...f, rulesVersion: RULES_VERSION + 1 }));
    const raw = storage.getItem(KEY);
    const r = load();
    expect(r.ok === false && !r.empty && r.problem.code).toBe('outdated');
    expectOthersIntact(raw);
  });

  it('a save from other rules is outdated even when the rest of it is missing', () => {
    storage.setItem(
      KEY,
      JSON.stringify({ format: 1, rulesVersion: RULES_VERSION + 7, scenarioId: scenario.id }),
    );
    const r = load();
    expect(r.ok === false && !r.empty && r.problem).toMatchObject({
      code: 'outdated',
      saved: RULES_VERSION + 7,
    });
  });

  it('a replay whose result no longer matches its hash is refused as outdated', () => {
    edit((f) => ({ ...f, hash: '0000000000000000' }));
    const r = load();
    expect(r.ok === false && !r.empty && r.problem.code).toBe('outdated');
  });

  it('a scenario that is gone or changed is refused', () => {
    edit((f) => ({ ...f, scenarioId: 'no-such-scenario' }));
    let r = load();
    expect(r.ok === false && !r.empty && r.problem.code).toBe('unknownScenario');
    edit((f) => ({ ...f, scenarioId: scenario.id, scenarioHash: 'ffffffffffffffff' }));
    r = load();
    expect(r.ok === false && !r.empty && r.problem.code).toBe('unknownScenario');
  });

  it('an action the rules reject is refused, naming the step', () => {
    edit((f) => ({ ...f, actions: [...f.actions.slice(0, 1), { type: 'adoptReform', reform: 'nonsense' }] }));
    const raw = storage.getItem(KEY);
    const r = load();
    expect(r.ok === false && !r.empty && r.problem.code).toBe('replayRejected');
    if (r.ok === false && !r.empty && r.problem.code === 'replayRejected') expect(r.problem.index).toBe(1);
    expectOthersIntact(raw);
  });

  it('a refused load leaves the store without a game, and a fresh start overwrites only its slot', () => {
    storage.setItem(KEY, 'garbage');
    const store = new GameStore(storage, sourceOf(scenario));
    expect(store.load().ok).toBe(false);
    expect(store.state).toBeNull();
    store.start(scenario, 'fresh');
    expect(saved(storage).seed).toBe('fresh');
    expect(storage.getItem(saveKey('other'))).toBe('{"kept": true}');
  });
});
