// The store: the current state and the list of actions that made it (= the replay). Every action
// goes through core `step`; after each one the replay is saved. A save is never trusted: loading
// re-runs its actions from `newGame`, and a damaged or outdated save is refused by name.
import {
  type Action,
  type ConcernKind,
  type GameEvent,
  type GameState,
  newGame,
  type Rejection,
  RULES_VERSION,
  type Scenario,
  type StepResult,
  scenarioHash,
  stateHash,
  step,
  type Text,
} from '../core';

/** Bump when the save file's shape changes; old keys are then simply not read. */
export const SAVE_FORMAT = 1;
export const SAVE_PREFIX = `community-secretary.save.v${SAVE_FORMAT}.`;
/** The one autosave slot the game uses; the API supports more. */
export const DEFAULT_SLOT = 'auto';
/** A save holding more actions than this is not a real game (bounded growth). */
export const MAX_SAVED_ACTIONS = 5000;

export function saveKey(slot: string): string {
  return SAVE_PREFIX + slot;
}

/** What is written to storage: the challenge, the actions, and the final hash to check against. */
export interface SaveFile {
  format: number;
  rulesVersion: number;
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  actions: Action[];
  /** stateHash of the state the actions lead to; a mismatch means the rules changed. */
  hash: string;
}

export type SaveProblem =
  | { code: 'corrupt'; detail: string }
  | { code: 'outdated'; saved: number; current: number }
  | { code: 'unknownScenario'; id: string }
  | { code: 'replayRejected'; index: number; rejection: Rejection };

export type LoadResult =
  | { ok: true; slot: string }
  | { ok: false; empty: true }
  | { ok: false; empty: false; problem: SaveProblem };

/** A concern seen during the game, remembered after it leaves the board (for explanations). */
export interface ConcernRecord {
  title: Text;
  kind: ConcernKind;
  template: string;
}

export interface StoreChange {
  state: GameState;
  prev: GameState | null;
  events: GameEvent[];
  action: Action | null;
}

type Listener = (change: StoreChange) => void;

export interface ScenarioSource {
  get(id: string): Scenario | undefined;
}

export class GameStore {
  state: GameState | null = null;
  actions: Action[] = [];
  slot = DEFAULT_SLOT;
  /** Every concern that has appeared, by id (derived, rebuilt on load). */
  concerns: Record<string, ConcernRecord> = {};
  /** Set when the last write to storage failed (quota, private mode). */
  persistFailed = false;
  private listeners = new Set<Listener>();

  constructor(
    private readonly storage: Storage | null,
    private readonly scenarios: ScenarioSource,
  ) {}

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Starts a fresh game of a challenge and saves it at once. */
  start(scenario: Scenario, seed: string, slot = DEFAULT_SLOT): GameState {
    this.slot = slot;
    this.actions = [];
    this.concerns = {};
    this.state = newGame(scenario, seed);
    this.remember(this.state);
    this.persist();
    this.emit({ state: this.state, prev: null, events: [], action: null });
    return this.state;
  }

  /** Sends one action through the rules. A rejection leaves state, replay and save untouched. */
  dispatch(action: Action): StepResult {
    const prev = this.state;
    if (!prev) {
      const rejection: Rejection = { code: 'gameOver', message: 'no game in progress' };
      return { ok: false, rejection, state: null as unknown as GameState };
    }
    const result = step(prev, action);
    if (!result.ok) return result;
    this.state = result.state;
    this.actions.push(action);
    this.remember(result.state);
    this.persist();
    this.emit({ state: result.state, prev, events: result.events, action });
    return result;
  }

  /** Whether the slot holds anything (valid or not). */
  hasSave(slot = DEFAULT_SLOT): boolean {
    return this.read(slot) !== null;
  }

  /**
   * Restores a slot by re-running its replay. Never throws; a bad save is refused with its problem,
   * and neither it nor any other key is touched.
   */
  load(slot = DEFAULT_SLOT): LoadResult {
    const raw = this.read(slot);
    if (raw === null) return { ok: false, empty: true };
    const checked = this.check(raw);
    if ('problem' in checked) return { ok: false, empty: false, problem: checked.problem };
    const { file, scenario } = checked;
    let state = newGame(scenario, file.seed);
    const concerns: Record<string, ConcernRecord> = {};
    collectConcerns(state, concerns);
    for (let i = 0; i < file.actions.length; i++) {
      const r = step(state, file.actions[i]);
      if (!r.ok)
        return {
          ok: false,
          empty: false,
          problem: { code: 'replayRejected', index: i, rejection: r.rejection },
        };
      state = r.state;
      collectConcerns(state, concerns);
    }
    if (stateHash(state) !== file.hash)
      return {
        ok: false,
        empty: false,
        problem: { code: 'outdated', saved: file.rulesVersion, current: RULES_VERSION },
      };
    this.slot = slot;
    this.state = state;
    this.actions = file.actions.slice();
    this.concerns = concerns;
    this.emit({ state, prev: null, events: [], action: null });
    return { ok: true, slot };
  }

  /** Removes one slot (the player chose a fresh start). Other keys stay. */
  discard(slot = DEFAULT_SLOT): void {
    try {
      this.storage?.removeItem(saveKey(slot));
    } catch {
      // Storage refused; nothing else to do.
    }
  }

  /** Forgets the game in memory (back to the title) without touching the save. */
  close(): void {
    this.state = null;
    this.actions = [];
    this.concerns = {};
  }

  concernTitle(id: string): Text | null {
    return this.concerns[id]?.title ?? null;
  }

  private read(slot: string): string | null {
    try {
      return this.storage?.getItem(saveKey(slot)) ?? null;
    } catch {
      return null;
    }
  }

  private check(raw: string): { file: SaveFile; scenario: Scenario } | { problem: SaveProblem } {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return { problem: { code: 'corrupt', detail: 'not JSON' } };
    }
    // A save written under other rules (or another save format) is outdated, whatever else it holds.
    const version = outdatedVersion(data);
    if (version !== null) return { problem: { code: 'outdated', saved: version, current: RULES_VERSION } };
    const shape = saveShapeProblem(data);
    if (shape) return { problem: { code: 'corrupt', detail: shape } };
    const file = data as SaveFile;
    const scenario = this.scenarios.get(file.scenarioId);
    if (!scenario || scenarioHash(scenario) !== file.scenarioHash)
      return { problem: { code: 'unknownScenario', id: file.scenarioId } };
    return { file, scenario };
  }

  private persist(): void {
    const s = this.state;
    if (!s || !this.storage) return;
    const file: SaveFile = {
      format: SAVE_FORMAT,
      rulesVersion: s.rulesVersion,
      scenarioId: s.scenarioId,
      scenarioHash: scenarioHash(s.scenario),
      seed: s.seed,
      actions: this.actions,
      hash: stateHash(s),
    };
    try {
      this.storage.setItem(saveKey(this.slot), JSON.stringify(file));
      this.persistFailed = false;
    } catch {
      this.persistFailed = true;
    }
  }

  private remember(s: GameState): void {
    collectConcerns(s, this.concerns);
  }

  private emit(change: StoreChange): void {
    for (const fn of this.listeners) fn(change);
  }
}

function collectConcerns(s: GameState, into: Record<string, ConcernRecord>): void {
  for (const c of s.concerns) {
    const known = into[c.id];
    if (!known || known.kind !== c.kind) into[c.id] = { title: c.title, kind: c.kind, template: c.template };
  }
}

/** The rules version of a save from other rules or another save format, else null. */
function outdatedVersion(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.rulesVersion === 'number' && d.rulesVersion !== RULES_VERSION) return d.rulesVersion;
  if (typeof d.format === 'number' && d.format !== SAVE_FORMAT)
    return typeof d.rulesVersion === 'number' ? d.rulesVersion : 0;
  return null;
}

/** Names what is wrong with a parsed save's shape, or null when it looks like a save. */
export function saveShapeProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not an object';
  const d = data as Record<string, unknown>;
  if (d.format !== SAVE_FORMAT) return `format ${String(d.format)}`;
  if (typeof d.rulesVersion !== 'number') return 'rulesVersion';
  if (typeof d.scenarioId !== 'string' || d.scenarioId === '') return 'scenarioId';
  if (typeof d.scenarioHash !== 'string') return 'scenarioHash';
  if (typeof d.seed !== 'string') return 'seed';
  if (typeof d.hash !== 'string') return 'hash';
  if (!Array.isArray(d.actions)) return 'actions';
  if (d.actions.length > MAX_SAVED_ACTIONS) return 'too many actions';
  return null;
}
