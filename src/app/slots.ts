// Named saves: more than one term in progress, each in its own slot (`community-secretary.replay.<slot>`,
// the replay file the store writes; tab ownership and the failure banner work per slot as before).
// Beside them one small key holds each slot's name and when it was last played. The saves list
// verifies each save as loading would; a refused one is listed with its problem, never hidden.
import type { GameState, Text } from '../core';
import { parseJson, verifyReplayText } from '../replay';
import {
  DEFAULT_SLOT,
  extrasOfSave,
  SAVE_PREFIX,
  type SaveProblem,
  type ScenarioSource,
  saveProblemOf,
} from './store';

export const SLOT_META_KEY = 'community-secretary.slots';
/** Terms kept in progress at once: enough to juggle, few enough for localStorage's quota. */
export const MAX_SLOTS = 5;
export const MAX_SLOT_NAME = 40;

export interface SlotMeta {
  name?: string;
  /** When the slot was last written (ms since 1970, the browser's clock). */
  updated: number;
}

export interface SlotInfo {
  slot: string;
  /** The player's name for it, or null (the screen shows scenario and date). */
  name: string | null;
  updated: number;
  /** The save verified: its scenario, month and status; or the problem that refuses it. */
  game: {
    title: Text;
    turn: number;
    maxTurns: number;
    status: GameState['status'];
    scenarioId: string;
    seed: string;
    /** The team playing it ('' for none). */
    team: string;
  } | null;
  problem: SaveProblem | null;
}

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Every slot that holds a save (the "behind" markers are not saves). */
export function slotIds(storage: Storage | null): string[] {
  const out: string[] = [];
  try {
    if (!storage) return out;
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(SAVE_PREFIX) && !k.endsWith('.unsaved')) out.push(k.slice(SAVE_PREFIX.length));
    }
  } catch {
    // Storage unreadable: no slots.
  }
  return out;
}

export function readMeta(storage: Storage | null): Record<string, SlotMeta> {
  const raw = read(storage, SLOT_META_KEY);
  if (!raw) return {};
  const p = parseJson(raw, { maxLength: 8_192, maxDepth: 3, maxString: 200 });
  if (!p.ok || typeof p.value !== 'object' || p.value === null || Array.isArray(p.value)) return {};
  const out: Record<string, SlotMeta> = {};
  for (const [slot, v] of Object.entries(p.value as Record<string, unknown>)) {
    if (typeof v !== 'object' || v === null) continue;
    const m = v as Record<string, unknown>;
    if (!Number.isSafeInteger(m.updated)) continue;
    out[slot] = {
      updated: m.updated as number,
      ...(typeof m.name === 'string' ? { name: m.name.slice(0, MAX_SLOT_NAME) } : {}),
    };
  }
  return out;
}

function writeMeta(storage: Storage | null, meta: Record<string, SlotMeta>): boolean {
  try {
    storage?.setItem(SLOT_META_KEY, JSON.stringify(meta));
    return true;
  } catch {
    return false;
  }
}

/** Notes that a slot was just played (and names it, if a name is given). */
export function touchSlot(storage: Storage | null, slot: string, now: number, name?: string): void {
  const meta = readMeta(storage);
  const keep = meta[slot]?.name;
  const n = (name ?? keep)?.trim().slice(0, MAX_SLOT_NAME);
  meta[slot] = { updated: now, ...(n ? { name: n } : {}) };
  // Forget slots whose save is gone (bounded growth).
  const live = new Set(slotIds(storage));
  for (const s of Object.keys(meta)) if (!live.has(s) && s !== slot) delete meta[s];
  writeMeta(storage, meta);
}

/** Renames a slot; an empty name goes back to the default. */
export function renameSlot(storage: Storage | null, slot: string, name: string): boolean {
  const meta = readMeta(storage);
  const n = name.trim().slice(0, MAX_SLOT_NAME);
  const m: SlotMeta = { updated: meta[slot]?.updated ?? 0 };
  if (n) m.name = n;
  meta[slot] = m;
  return writeMeta(storage, meta);
}

export function forgetSlot(storage: Storage | null, slot: string): void {
  const meta = readMeta(storage);
  delete meta[slot];
  writeMeta(storage, meta);
}

/** Every save, verified, most recently played first. */
export function listSlots(storage: Storage | null, scenarios: ScenarioSource): SlotInfo[] {
  const meta = readMeta(storage);
  const out: SlotInfo[] = [];
  for (const slot of slotIds(storage)) {
    const raw = read(storage, SAVE_PREFIX + slot);
    if (raw === null) continue;
    const r = verifyReplayText(raw, (id) => scenarios.get(id));
    out.push({
      slot,
      name: meta[slot]?.name ?? null,
      updated: meta[slot]?.updated ?? 0,
      game: r.ok
        ? {
            title: r.state.scenario.title,
            turn: r.state.turn,
            maxTurns: r.state.maxTurns,
            status: r.state.status,
            scenarioId: r.state.scenarioId,
            seed: r.state.seed,
            team: extrasOfSave(raw, false).team,
          }
        : null,
      problem: r.ok ? null : saveProblemOf(r.reason),
    });
  }
  out.sort((a, b) => b.updated - a.updated || (a.slot === DEFAULT_SLOT ? -1 : 1));
  return out;
}

export function inProgress(s: SlotInfo): boolean {
  return s.game?.status === 'playing';
}

/**
 * Where a new game goes: the default slot when it is free; else a slot whose game is over or
 * refused; else a fresh slot; and only when MAX_SLOTS terms are in progress, the least recently
 * played of them (`replaces`: the title says so before, and it is kept in the history as abandoned).
 */
export function slotForNewGame(
  slots: readonly SlotInfo[],
  freshId: string,
): { slot: string; replaces: SlotInfo | null } {
  if (!slots.some((s) => s.slot === DEFAULT_SLOT)) return { slot: DEFAULT_SLOT, replaces: null };
  const done = slots.find((s) => !inProgress(s));
  if (done) return { slot: done.slot, replaces: null };
  if (slots.length < MAX_SLOTS) return { slot: freshId, replaces: null };
  const oldest = [...slots].sort((a, b) => a.updated - b.updated)[0] ?? null;
  return { slot: oldest?.slot ?? DEFAULT_SLOT, replaces: oldest };
}

/** A new slot's id: short, from the clock and a random part (unique enough within one browser). */
export function freshSlotId(now: number, random: number): string {
  return `s${now.toString(36)}${Math.floor(random * 1296).toString(36)}`;
}

/** The page's localStorage, or null where the browser refuses it. */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
