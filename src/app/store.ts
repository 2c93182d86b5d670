// The store: the current state and the list of actions that made it. The save IS the replay file
// (src/replay): after every action the replay is written to storage, byte for byte the file
// `npm run verify` accepts, and loading a save is `verifyReplayText` — the same checks, the same code.
// Saving never fails quietly (`health` says so until a write succeeds again), a reload that resumes
// an older state says so (`behind`), and one tab owns a game: another tab that writes the same slot
// makes this one read-only until the player takes the game over here (`ownership`).

import { normaliseTeam } from '../codes/team';
import {
  type Action,
  type GameEvent,
  type GameState,
  type NewGameOptions,
  newGame,
  type Rejection,
  RULES_VERSION,
  type Scenario,
  type StepResult,
  step,
  type Text,
} from '../core';
import {
  makeReplay,
  parseJson,
  REPLAY_LIMITS,
  type Replay,
  type ReplayRejection,
  replayToJson,
  verifyReplayText,
} from '../replay';
import { type ConcernRecord, collectConcerns } from '../view/concernNames';
import { challengeCodeAt, numberFinished } from './attempts';
import { type TabLink, tabId } from './tabs';

/** Where each slot's replay lives: `community-secretary.replay.auto`. */
export const SAVE_PREFIX = 'community-secretary.replay.';
/** Where saves of the first release (their own format, not a replay) lived; refused by name. */
export const LEGACY_SAVE_PREFIX = 'community-secretary.save.v1.';
/** The one autosave slot the game uses; the API supports more. */
export const DEFAULT_SLOT = 'auto';
/** A save holding more actions than this is not a real game (bounded growth); verify refuses it. */
export const MAX_SAVED_ACTIONS = REPLAY_LIMITS.maxActions;

export function saveKey(slot: string): string {
  return SAVE_PREFIX + slot;
}
/** The marker left when the latest state could not be written: how far the game really got. */
export function behindKey(slot: string): string {
  return `${SAVE_PREFIX + slot}.unsaved`;
}

/** Why a save cannot be resumed, as the player is told. */
export type SaveProblem =
  | { code: 'damaged'; detail: string }
  | { code: 'otherRules'; saved: string; current: number }
  | { code: 'unknownScenario'; id: string }
  | { code: 'tampered'; detail: string }
  | { code: 'legacy' };

/** A save that holds less than the game reached (the last writes failed). */
export interface Behind {
  /** The month the save resumes at, and the month the game had reached. */
  savedTurn: number;
  reachedTurn: number;
  /** Accepted actions the save is missing. */
  missing: number;
}

export type LoadResult =
  | { ok: true; slot: string; behind: Behind | null }
  | { ok: false; empty: true; behind: Behind | null }
  | { ok: false; empty: false; problem: SaveProblem };

/** Whether the game in memory is also in storage. */
export type SaveHealth =
  | { kind: 'saved' }
  | { kind: 'failed'; reason: 'full' | 'unavailable'; since: number };

/** Who may play this game: this tab, or another tab that went on with it (this one is read-only). */
export type Ownership = 'own' | 'elsewhere';

export interface StoreChange {
  state: GameState;
  prev: GameState | null;
  events: GameEvent[];
  action: Action | null;
  /** What made the change when `action` is null: a fresh game, or a save loaded (the room tells a new attempt from a resumed one). */
  origin?: 'start' | 'load';
}

type Listener = (change: StoreChange) => void;

export interface ScenarioSource {
  get(id: string): Scenario | undefined;
}

/** What a challenge game adds to (scenario, seed): a shorter term and the team that plays it. */
export interface GameOptions extends NewGameOptions {
  /** The team name (normalised by src/codes/team); '' or absent for a solo game. */
  team?: string;
}

export interface StoreOptions {
  /** A second store for the "save is behind" marker (sessionStorage: its quota is separate). */
  backup?: Storage | null;
  /** How tabs of the same page tell each other that a save was written (tabs.ts). */
  tabs?: TabLink | null;
}

/** The player's name for each way `verifyReplay` refuses a file. */
export function saveProblemOf(r: ReplayRejection): SaveProblem {
  switch (r.code) {
    case 'wrongRulesVersion':
      // Only a rules version that is a number names other rules; anything else is damage.
      return Number.isSafeInteger(r.found)
        ? { code: 'otherRules', saved: String(r.found), current: RULES_VERSION }
        : { code: 'damaged', detail: r.message };
    case 'unknownScenario':
    case 'scenarioChanged':
      return { code: 'unknownScenario', id: r.scenarioId };
    case 'illegalAction':
    case 'resultDiffers':
      return { code: 'tampered', detail: r.message };
    case 'notJson':
    case 'tooLarge':
    case 'wrongFormat':
    case 'malformedField':
    case 'internalError':
      return { code: 'damaged', detail: r.message };
  }
}

export class GameStore {
  state: GameState | null = null;
  actions: Action[] = [];
  slot = DEFAULT_SLOT;
  /** Every concern that has appeared, by id (derived, rebuilt on load). */
  concerns: Record<string, ConcernRecord> = {};
  health: SaveHealth = { kind: 'saved' };
  ownership: Ownership = 'own';
  /** Set by `load` when the save resumes before where the game had got (shown until dismissed). */
  behind: Behind | null = null;
  /** The team playing this game ('' for none); saved in the replay, carried by its result code. */
  team = '';
  /**
   * Which of the team's finished games of this challenge in this browser this one is (1 = the first):
   * given when a team's game ends, saved in the replay, carried by its result code. 0 until then.
   */
  attempt = 0;
  private start0: GameState | null = null;
  private listeners = new Set<Listener>();
  private statusListeners = new Set<() => void>();
  private readonly backup: Storage | null;
  private readonly tabs: TabLink | null;
  private readonly me = tabId();

  constructor(
    private readonly storage: Storage | null,
    private readonly scenarios: ScenarioSource,
    options: StoreOptions = {},
  ) {
    this.backup = options.backup ?? null;
    this.tabs = options.tabs ?? null;
    this.tabs?.listen((slot, from) => {
      if (from === this.me || slot !== this.slot || !this.state) return;
      if (this.ownership === 'elsewhere') return;
      this.ownership = 'elsewhere';
      this.status();
    });
  }

  /** True when the last write to storage failed (kept for the views that ask). */
  get persistFailed(): boolean {
    return this.health.kind === 'failed';
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Called when health, ownership or `behind` change. */
  onStatus(fn: () => void): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }

  /** Starts a fresh game of a challenge (its term, level and team, if any) and saves it at once. */
  start(scenario: Scenario, seed: string, slot = DEFAULT_SLOT, options: GameOptions = {}): GameState {
    this.slot = slot;
    this.actions = [];
    this.concerns = {};
    this.team = options.team ?? '';
    this.attempt = 0;
    const { team: _team, ...game } = options;
    this.start0 = newGame(scenario, seed, game);
    this.state = this.start0;
    this.behind = null;
    this.ownership = 'own';
    this.remember(this.state);
    this.remove(LEGACY_SAVE_PREFIX + slot);
    this.persist();
    this.status();
    this.emit({ state: this.state, prev: null, events: [], action: null, origin: 'start' });
    return this.state;
  }

  /** Sends one action through the rules. A rejection leaves state, replay and save untouched. */
  dispatch(action: Action): StepResult {
    const prev = this.state;
    if (!prev || this.ownership !== 'own') {
      const rejection: Rejection = {
        code: 'gameOver',
        message: prev ? 'this game went on in another tab; this tab is read-only' : 'no game in progress',
      };
      return { ok: false, rejection, state: null as unknown as GameState };
    }
    const result = step(prev, action);
    if (!result.ok) return result;
    this.state = result.state;
    this.actions.push(action);
    if (prev.status === 'playing' && result.state.status !== 'playing') this.numberFinished(result.state);
    this.remember(result.state);
    this.persist();
    this.emit({ state: result.state, prev, events: result.events, action });
    return result;
  }

  /** Whether the slot holds anything (valid or not). */
  hasSave(slot = DEFAULT_SLOT): boolean {
    return this.read(saveKey(slot)) !== null || this.read(LEGACY_SAVE_PREFIX + slot) !== null;
  }

  /**
   * Restores a slot through `verifyReplayText` — the checks `npm run verify` makes. Never throws; a
   * bad save is refused with its problem, and neither it nor any other key is touched.
   */
  load(slot = DEFAULT_SLOT): LoadResult {
    try {
      return this.loadChecked(slot);
    } catch (e) {
      return {
        ok: false,
        empty: false,
        problem: { code: 'damaged', detail: `internal error: ${String(e)}` },
      };
    }
  }

  private loadChecked(slot: string): LoadResult {
    const raw = this.read(saveKey(slot));
    const marker = this.readBehind(slot);
    if (raw === null) {
      if (this.read(LEGACY_SAVE_PREFIX + slot) !== null)
        return { ok: false, empty: false, problem: { code: 'legacy' } };
      this.behind = marker ? { savedTurn: 0, reachedTurn: marker.turn, missing: marker.actions } : null;
      if (this.behind) this.status();
      return { ok: false, empty: true, behind: this.behind };
    }
    const r = verifyReplayText(raw, (id) => this.scenarios.get(id));
    if (!r.ok) return { ok: false, empty: false, problem: saveProblemOf(r.reason) };
    // The scenario as written (r.state.scenario is as played at the replay's level), its term and level.
    const scenario = this.scenarios.get(r.replay.scenarioId) ?? r.state.scenario;
    const start = newGame(scenario, r.replay.seed, {
      ...(r.replay.months !== undefined ? { months: r.replay.months } : {}),
      ...(r.replay.level !== undefined ? { level: r.replay.level } : {}),
    });
    // Concern titles are derived data: rebuilt by stepping the verified actions (they cannot fail).
    const concerns: Record<string, ConcernRecord> = {};
    collectConcerns(start, concerns);
    let s = start;
    for (const a of r.replay.actions) {
      const next = step(s, a);
      if (!next.ok) break;
      s = next.state;
      collectConcerns(s, concerns);
    }
    this.slot = slot;
    this.start0 = start;
    this.state = r.state;
    this.actions = r.replay.actions;
    this.concerns = concerns;
    const extras = extrasOfSave(raw, r.state.status !== 'playing');
    this.team = extras.team;
    this.attempt = extras.attempt;
    this.ownership = 'own';
    this.behind =
      marker && marker.actions > r.replay.actions.length
        ? {
            savedTurn: r.state.turn,
            reachedTurn: marker.turn,
            missing: marker.actions - r.replay.actions.length,
          }
        : null;
    this.status();
    this.emit({ state: r.state, prev: null, events: [], action: null, origin: 'load' });
    return { ok: true, slot, behind: this.behind };
  }

  /** Re-reads the save another tab went on with, and plays on here (the other tab is told). */
  takeOver(): LoadResult {
    const r = this.load(this.slot);
    if (r.ok) this.tabs?.post(this.slot, this.me);
    return r;
  }

  /** Tries the write again (after the player freed space). */
  retrySave(): SaveHealth {
    this.persist();
    return this.health;
  }

  /** The player has read the "save was behind" notice. */
  dismissBehind(): void {
    this.behind = null;
    this.clearBehind();
    this.status();
  }

  /** The game so far as a replay file's text (what is saved, and what the player can download). */
  replayText(): string | null {
    const replay = this.replay();
    return replay ? replayToJson(replay) : null;
  }

  /** The game so far as a replay (with the team, if any): what a result code packs. */
  replay(): Replay | null {
    if (!this.state || !this.start0) return null;
    const replay = makeReplay(this.start0, this.actions, this.state);
    if (!this.team) return replay;
    return { ...replay, team: this.team, ...(this.attempt > 0 ? { attempt: this.attempt } : {}) };
  }

  /** Removes one slot (the player chose a fresh start). Other keys stay. */
  discard(slot = DEFAULT_SLOT): void {
    this.remove(saveKey(slot));
    this.remove(LEGACY_SAVE_PREFIX + slot);
  }

  /** Forgets the game in memory (back to the title) without touching the save. */
  close(): void {
    this.state = null;
    this.start0 = null;
    this.actions = [];
    this.concerns = {};
    this.team = '';
    this.attempt = 0;
  }

  /** A team's challenge game has just ended: this browser numbers it among the team's finished games. */
  private numberFinished(state: GameState): void {
    if (!this.team) return;
    const challenge = challengeCodeAt(state, (id) => this.scenarios.get(id));
    if (challenge) this.attempt = numberFinished(this.storage, challenge, this.team);
  }

  concernTitle(id: string): Text | null {
    return this.concerns[id]?.title ?? null;
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Storage refused; nothing else to do.
    }
  }

  private persist(): void {
    const text = this.replayText();
    if (!text || !this.state) return;
    const was = this.health.kind;
    try {
      if (!this.storage) throw new Error('no storage');
      this.storage.setItem(saveKey(this.slot), text);
      this.health = { kind: 'saved' };
      this.clearBehind();
    } catch (e) {
      const full =
        e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014);
      this.health = {
        kind: 'failed',
        reason: full ? 'full' : 'unavailable',
        since: this.health.kind === 'failed' ? this.health.since : this.state.turn,
      };
      this.markBehind();
    }
    this.tabs?.post(this.slot, this.me);
    if (was !== this.health.kind || this.health.kind === 'failed') this.status();
  }

  /** Leaves a few bytes saying how far the game got, where a write may still succeed. */
  private markBehind(): void {
    const text = JSON.stringify({ turn: this.state?.turn ?? 0, actions: this.actions.length });
    for (const s of [this.backup, this.storage])
      try {
        s?.setItem(behindKey(this.slot), text);
      } catch {
        // Both full: the on-screen warning is all that is left.
      }
  }

  private clearBehind(): void {
    for (const s of [this.backup, this.storage])
      try {
        s?.removeItem(behindKey(this.slot));
      } catch {
        // Nothing to clear.
      }
  }

  private readBehind(slot: string): { turn: number; actions: number } | null {
    let best: { turn: number; actions: number } | null = null;
    for (const s of [this.backup, this.storage]) {
      let raw: string | null = null;
      try {
        raw = s?.getItem(behindKey(slot)) ?? null;
      } catch {
        raw = null;
      }
      if (raw === null) continue;
      const p = parseJson(raw, { maxLength: 200, maxDepth: 1, maxString: 16 });
      if (!p.ok || typeof p.value !== 'object' || p.value === null) continue;
      const v = p.value as Record<string, unknown>;
      if (!Number.isSafeInteger(v.turn) || !Number.isSafeInteger(v.actions)) continue;
      const m = { turn: v.turn as number, actions: v.actions as number };
      if (!best || m.actions > best.actions) best = m;
    }
    return best;
  }

  private remember(s: GameState): void {
    collectConcerns(s, this.concerns);
  }

  private status(): void {
    for (const fn of this.statusListeners) fn();
  }

  private emit(change: StoreChange): void {
    for (const fn of this.listeners) fn(change);
  }
}

/**
 * The team a verified save names ('' for none) and, for a finished game, its attempt (0 for none).
 * verifyReplay keeps only the format's checked fields, so these are read from the text here: the team
 * bounded and normalised like a team typed on the title, the attempt a whole number from 1.
 */
export function extrasOfSave(raw: string, finished: boolean): { team: string; attempt: number } {
  const none = { team: '', attempt: 0 };
  const p = parseJson(raw, REPLAY_LIMITS);
  if (!p.ok || typeof p.value !== 'object' || p.value === null) return none;
  const v = p.value as Record<string, unknown>;
  if (typeof v.team !== 'string' || v.team.length > 200) return none;
  const n = normaliseTeam(v.team);
  if (!n.ok) return none;
  const attempt = finished && Number.isSafeInteger(v.attempt) && (v.attempt as number) >= 1 ? v.attempt : 0;
  return { team: n.team, attempt: attempt as number };
}
