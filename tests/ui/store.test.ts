// The store saves the replay after every action and never trusts a save: the save IS the replay file
// `npm run verify` accepts, loading goes through verifyReplayText, and a damaged, edited or outdated
// save is refused by its own name, touching nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  behindKey,
  DEFAULT_SLOT,
  GameStore,
  LEGACY_SAVE_PREFIX,
  type LoadResult,
  MAX_SAVED_ACTIONS,
  type SaveProblem,
  saveKey,
} from '../../src/app/store';
import type { TabLink } from '../../src/app/tabs';
import { type Action, RULES_VERSION, type Scenario, stateHash } from '../../src/core';
import { type Replay, verifyReplayText } from '../../src/replay';
import { MemoryStorage, shippedScenario, sourceOf } from './fakes';

type SaveFile = Replay;
const problem = (r: LoadResult): SaveProblem | null => (r.ok || r.empty ? null : r.problem);

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
    expect(saved(storage).result.hash).toBe(stateHash(store.state!));
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

  it('the save is the replay file npm run verify accepts', () => {
    playSome(store);
    const r = verifyReplayText(storage.getItem(KEY)!, sourceOf(scenario).get);
    expect(r.ok && r.hash).toBe(stateHash(store.state!));
    expect(Object.keys(saved(storage))).toEqual([
      'format',
      'rulesVersion',
      'scenarioId',
      'scenarioHash',
      'seed',
      'actions',
      'result',
    ]);
  });

  it('fields the format does not define are not kept: not at the top, not inside an action', () => {
    playSome(store);
    const file = saved(storage) as unknown as { actions: Record<string, unknown>[] } & Record<
      string,
      unknown
    >;
    file.note = 'x'.repeat(200);
    file.actions[0]!.extra = 'y'.repeat(200);
    storage.setItem(KEY, JSON.stringify(file));
    const again = new GameStore(storage, sourceOf(scenario));
    expect(again.load().ok).toBe(true);
    expect(again.dispatch({ type: 'endMonth' }).ok).toBe(true);
    const written = storage.getItem(KEY)!;
    expect(written).not.toContain('xxxx');
    expect(written).not.toContain('yyyy');
    expect(written.length).toBeLessThan(2000);
    // A 1 MB field is not data a game writes: the save is damaged, and nothing is rewritten from it.
    file.actions[0]!.extra = 'y'.repeat(1_000_000);
    storage.setItem(KEY, JSON.stringify(file));
    const p = problem(new GameStore(storage, sourceOf(scenario)).load());
    expect(p?.code === 'damaged' && p.detail).toMatch(/too large for a replay|at most 256 characters/);
  });

  it('a seed longer than a challenge seed is damaged, not loaded (it would be re-written on every action)', () => {
    playSome(store);
    storage.setItem(KEY, JSON.stringify({ ...saved(storage), seed: 's'.repeat(65) }));
    const p = problem(new GameStore(storage, sourceOf(scenario)).load());
    expect(p?.code).toBe('damaged');
    expect(p?.code === 'damaged' && p.detail).toMatch(/"seed": expected text of at most 64 characters/);
  });

  it(`a save of more than ${MAX_SAVED_ACTIONS} actions is damaged before any of them is run`, () => {
    const file = saved(storage);
    storage.setItem(
      KEY,
      JSON.stringify({
        ...file,
        actions: Array.from({ length: MAX_SAVED_ACTIONS + 1 }, () => ({ type: 'endMonth' })),
      }),
    );
    const p = problem(new GameStore(storage, sourceOf(scenario)).load());
    expect(p?.code === 'damaged' && p.detail).toMatch(
      new RegExp(
        `"actions": expected at most ${MAX_SAVED_ACTIONS} actions, got a (list of ${MAX_SAVED_ACTIONS + 1}|longer list)`,
      ),
    );
  });

  it('a crafted save nested 5,000 deep in any field is refused as damaged, and load never throws', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const base = JSON.stringify(saved(storage));
    for (const field of ['format', 'seed', 'actions', 'result', 'rulesVersion']) {
      const raw = base.replace(
        new RegExp(`"${field}":("[^"]*"|\\d+|\\[[^\\]]*\\]|\\{[^}]*\\})`),
        `"${field}":${deep}`,
      );
      expect(raw).toContain(deep);
      storage.setItem(KEY, raw);
      const p = problem(new GameStore(storage, sourceOf(scenario)).load());
      expect(p?.code, field).toBe('damaged');
      expect(p?.code === 'damaged' && p.detail.length).toBeLessThan(300);
    }
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

  it('a storage that refuses writes does not stop the game, and says so until a write succeeds', () => {
    let told = 0;
    store.onStatus(() => told++);
    storage.failWrites = true;
    expect(store.dispatch({ type: 'endMonth' }).ok).toBe(true);
    expect(store.health).toEqual({ kind: 'failed', reason: 'full', since: 2 });
    expect(told).toBeGreaterThan(0);
    expect(store.state!.turn).toBe(2);
    expect(store.retrySave().kind).toBe('failed');
    storage.failWrites = false;
    expect(store.retrySave()).toEqual({ kind: 'saved' });
    expect(saved(storage).actions).toEqual(store.actions);
  });

  it('a reload after failed writes says the save is behind (marker in the second store), never silently', () => {
    const backup = new MemoryStorage();
    const s = new GameStore(storage, sourceOf(scenario), { backup });
    s.start(scenario, 'behind');
    storage.failWrites = true;
    playSome(s);
    expect(backup.getItem(behindKey(DEFAULT_SLOT))).not.toBeNull();
    storage.failWrites = false;
    const again = new GameStore(storage, sourceOf(scenario), { backup });
    const r = again.load();
    expect(r.ok && r.behind).toEqual({ savedTurn: 1, reachedTurn: 2, missing: 4 });
    again.dismissBehind();
    expect(again.behind).toBeNull();
    expect(backup.getItem(behindKey(DEFAULT_SLOT))).toBeNull();
  });

  it('storage full before the game began: the reload says the game was lost, offering no stale continue', () => {
    const full = new MemoryStorage();
    full.failWrites = true;
    const backup = new MemoryStorage();
    const s = new GameStore(full, sourceOf(scenario), { backup });
    s.start(scenario, 'lost');
    playSome(s);
    const r = new GameStore(full, sourceOf(scenario), { backup }).load();
    expect(r).toEqual({ ok: false, empty: true, behind: { savedTurn: 0, reachedTurn: 2, missing: 4 } });
  });
});

/** Two stores on one storage, linked like two tabs of one page. */
function twoTabs(storage: MemoryStorage, scenario: Scenario) {
  const listeners: ((slot: string, tab: string) => void)[] = [];
  let n = 0;
  const link = (): TabLink => {
    const me = n++;
    return {
      post: (slot, tab) => {
        listeners.forEach((fn, i) => {
          if (i !== me) fn(slot, `${tab}-${me}`);
        });
      },
      listen: (fn) => {
        listeners[me] = fn;
      },
    };
  };
  return [
    new GameStore(storage, sourceOf(scenario), { tabs: link() }),
    new GameStore(storage, sourceOf(scenario), { tabs: link() }),
  ] as const;
}

describe('store: one tab owns a game', () => {
  it('a tab whose game went on in another tab turns read-only, and cannot overwrite the other’s save', () => {
    const storage = new MemoryStorage();
    const scenario = shippedScenario();
    const [a, b] = twoTabs(storage, scenario);
    a.start(scenario, 'tabs');
    expect(b.load().ok).toBe(true);
    expect(b.dispatch({ type: 'endMonth' }).ok).toBe(true);
    const bSave = storage.getItem(KEY);
    expect(a.ownership).toBe('elsewhere');
    const r = a.dispatch({ type: 'coordinate', forces: ['community'] });
    expect(r.ok).toBe(false);
    expect(storage.getItem(KEY)).toBe(bSave);
  });

  it('taking over loads the other tab’s latest state here, and the other tab is told', () => {
    const storage = new MemoryStorage();
    const scenario = shippedScenario();
    const [a, b] = twoTabs(storage, scenario);
    a.start(scenario, 'tabs');
    b.load();
    b.dispatch({ type: 'endMonth' });
    expect(a.takeOver().ok).toBe(true);
    expect(a.state!.turn).toBe(2);
    expect(a.ownership).toBe('own');
    expect(b.ownership).toBe('elsewhere');
    expect(a.dispatch({ type: 'endMonth' }).ok).toBe(true);
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
    expect(new GameStore(storage, sourceOf(scenario)).load('never-used')).toEqual({
      ok: false,
      empty: true,
      behind: null,
    });
  });

  it('text that is not JSON is refused as damaged', () => {
    storage.setItem(KEY, '{"format":1, "actions": [');
    const r = load();
    expect(problem(r)?.code).toBe('damaged');
    expectOthersIntact('{"format":1, "actions": [');
  });

  it('JSON of the wrong shape is refused as damaged', () => {
    for (const bad of ['[]', '42', '{"format":1}', JSON.stringify({ ...saved(storage), actions: 'x' })]) {
      storage.setItem(KEY, bad);
      const r = load();
      expect(problem(r)?.code).toBe('damaged');
      expectOthersIntact(bad);
    }
  });

  it('another rules version is refused as other rules, naming both versions', () => {
    edit((f) => ({ ...f, rulesVersion: RULES_VERSION + 1 }));
    const raw = storage.getItem(KEY);
    const r = load();
    expect(problem(r)).toEqual({
      code: 'otherRules',
      saved: String(RULES_VERSION + 1),
      current: RULES_VERSION,
    });
    expectOthersIntact(raw);
  });

  it('a save from other rules is named so even when the rest of it is missing', () => {
    storage.setItem(
      KEY,
      JSON.stringify({ format: 1, rulesVersion: RULES_VERSION + 7, scenarioId: scenario.id }),
    );
    expect(problem(load())).toMatchObject({ code: 'otherRules', saved: String(RULES_VERSION + 7) });
  });

  it('an edited final hash is tampering, not "another rules version (saved 1, current 1)"', () => {
    edit((f) => ({ ...f, result: { ...f.result, hash: '0000000000000000' } }));
    const p = problem(load());
    expect(p?.code).toBe('tampered');
    expect(p?.code === 'tampered' && p.detail).toMatch(/hash recorded "0000000000000000"/);
  });

  it('a save of the first release (its own format, under its old key) is refused by name', () => {
    storage.removeItem(KEY);
    storage.setItem(
      `${LEGACY_SAVE_PREFIX}${DEFAULT_SLOT}`,
      `{"format":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    );
    expect(problem(load())).toEqual({ code: 'legacy' });
    expect(new GameStore(storage, sourceOf(scenario)).hasSave()).toBe(true);
  });

  it('a scenario that is gone or changed is refused as an unknown scenario, naming it', () => {
    edit((f) => ({ ...f, scenarioId: 'no-such-scenario' }));
    expect(problem(load())).toEqual({ code: 'unknownScenario', id: 'no-such-scenario' });
    edit((f) => ({ ...f, scenarioId: scenario.id, scenarioHash: 'ffffffffffffffff' }));
    expect(problem(load())).toEqual({ code: 'unknownScenario', id: scenario.id });
  });

  it('an action the rules reject is tampering, naming the step', () => {
    edit((f) => ({ ...f, actions: [...f.actions.slice(0, 1), { type: 'adoptReform', reform: 'nonsense' }] }));
    const raw = storage.getItem(KEY);
    const p = problem(load());
    expect(p?.code).toBe('tampered');
    expect(p?.code === 'tampered' && p.detail).toMatch(/^illegal action at index 1 /);
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

describe('store: concerns told apart by name', () => {
  it('a template’s second concern is numbered wherever its title shows, and the numbers survive a reload', () => {
    const scenario: Scenario = shippedScenario('old-neighbourhood');
    const storage = new MemoryStorage();
    const store = new GameStore(storage, sourceOf(scenario));
    store.start(scenario, 'twice');
    for (let i = 0; i < 12 && store.state?.status === 'playing'; i++) store.dispatch({ type: 'endMonth' });
    const records = Object.entries(store.concerns);
    const byTemplate = new Map<string, string[]>();
    for (const [id, r] of records) byTemplate.set(r.template, [...(byTemplate.get(r.template) ?? []), id]);
    const repeated = [...byTemplate.values()].filter((ids) => ids.length > 1);
    // A term of neglect meets some residents' worry more than once (the deck is small).
    expect(repeated.length).toBeGreaterThan(0);
    for (const ids of repeated) {
      const titles = ids.map((id) => store.concernTitle(id)!.zh);
      expect(new Set(titles).size).toBe(ids.length);
      expect(titles[1]).toBe(`${titles[0]}（2）`);
      expect(store.concernTitle(ids[1]!)!.en).toMatch(/ \(2\)$/);
    }
    const again = new GameStore(storage, sourceOf(scenario));
    expect(again.load().ok).toBe(true);
    for (const [id] of records) expect(again.concernTitle(id)).toEqual(store.concernTitle(id));
  });
});
