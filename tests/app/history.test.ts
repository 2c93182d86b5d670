// Run history (issue 12): records are replays, verified on read; a damaged record is skipped with its
// message and never takes the others with it; the same game is kept once; an import is all or
// nothing and merges; a full store is reported, not silent.
import { describe, expect, it } from 'vitest';
import { type HistoryKV, HistoryStore, recordTerms } from '../../src/app/history';
import { HISTORY_FORMAT, historyFileText, parseHistoryFile, recordId } from '../../src/app/historyFile';
import { GameStore } from '../../src/app/store';
import { newGame } from '../../src/core';
import { makeReplay, replayToJson } from '../../src/replay';
import { playedReplay, SHIPPED, shippedLookup } from '../replay/helpers';
import { MemoryStorage } from '../ui/fakes';

class MapKV implements HistoryKV {
  readonly map = new Map<string, unknown>();
  full = false;
  async entries(): Promise<[IDBValidKey, unknown][]> {
    return [...this.map.entries()];
  }
  async setMany(items: [string, unknown][]): Promise<void> {
    if (this.full) throw new DOMException('quota exceeded', 'QuotaExceededError');
    for (const [k, v] of items) this.map.set(k, structuredClone(v));
  }
  async clear(): Promise<void> {
    this.map.clear();
  }
}

const scenario = SHIPPED.find((s) => s.id === 'old-neighbourhood') ?? SHIPPED[0]!;
const termText = (seed: string) => replayToJson(playedReplay(scenario, seed).replay);
let clock = Date.parse('2026-12-01T10:00:00Z');
const tick = () => {
  clock += 60_000;
  return new Date(clock);
};

describe('run history store', () => {
  it('keeps a finished term and re-computes it on read (a record is trusted no further than its replay)', async () => {
    const kv = new MapKV();
    const h = new HistoryStore(kv, shippedLookup, tick);
    const text = termText('h1');
    expect(await h.add(text, false)).toEqual({ ok: true, added: 1, duplicates: 0 });
    const load = await h.load();
    expect(load.entries).toHaveLength(1);
    expect(load.entries[0]!.state.status).not.toBe('playing');
    expect(load.entries[0]!.score).toBe(JSON.parse(text).result.score);
  });

  it('the same game kept twice is one record', async () => {
    const h = new HistoryStore(new MapKV(), shippedLookup, tick);
    const text = termText('h2');
    await h.add(text, false);
    expect(await h.add(text, false)).toEqual({ ok: true, added: 0, duplicates: 1 });
    expect((await h.load()).entries).toHaveLength(1);
  });

  it('a damaged or edited record is skipped with its message; the others are still read', async () => {
    const kv = new MapKV();
    const h = new HistoryStore(kv, shippedLookup, tick);
    await h.add(termText('h3'), false);
    await h.add(termText('h4'), false);
    const good = JSON.parse(termText('h5'));
    good.result.score = 999;
    kv.map.set('edited', { at: '2026-12-01T00:00:00.000Z', abandoned: false, replay: JSON.stringify(good) });
    kv.map.set('cut', { at: '2026-12-01T00:00:00.000Z', abandoned: false, replay: '{"format":1,"sce' });
    kv.map.set('shape', 'not a record');
    const load = await h.load();
    expect(load.entries).toHaveLength(2);
    expect(load.skipped.map((s) => s.key).sort()).toEqual(['cut', 'edited', 'shape']);
    expect(load.skipped.find((s) => s.key === 'edited')?.message).toMatch(/score/);
    expect(load.skipped.every((s) => s.message.length <= 240 && !s.message.includes('\n'))).toBe(true);
  });

  it('a full store is reported as full and loses nothing already kept', async () => {
    const kv = new MapKV();
    const h = new HistoryStore(kv, shippedLookup, tick);
    await h.add(termText('h6'), false);
    kv.full = true;
    const w = await h.add(termText('h7'), false);
    expect(w).toMatchObject({ ok: false, reason: 'full' });
    expect(h.lastWrite).toEqual(w);
    expect((await h.load()).entries).toHaveLength(1);
  });

  it('no IndexedDB: reading says unavailable, writing says so too', async () => {
    const h = new HistoryStore(null, shippedLookup, tick);
    expect((await h.load()).unavailable).toBe(true);
    expect(await h.add(termText('h8'), false)).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('export, clear, import gives the same history; importing again adds nothing', async () => {
    const h = new HistoryStore(new MapKV(), shippedLookup, tick);
    await h.add(termText('h9'), false);
    await h.add(termText('h10'), true);
    const before = (await h.load()).entries.map((e) => e.record);
    const file = await h.exportText();
    await h.clear();
    expect((await h.load()).entries).toHaveLength(0);
    expect(await h.importFile(file)).toEqual({ ok: true, added: 2, duplicates: 0 });
    expect((await h.load()).entries.map((e) => e.record)).toEqual(before);
    expect(await h.importFile(file)).toEqual({ ok: true, added: 0, duplicates: 2 });
  });

  it('a broken, foreign or oversized file is refused by name and changes nothing', async () => {
    const kv = new MapKV();
    const h = new HistoryStore(kv, shippedLookup, tick);
    await h.add(termText('h11'), false);
    const good = JSON.parse(await h.exportText());
    const withBad = { ...good, records: [...good.records, { ...good.records[0], replay: '{"format":1' }] };
    const cases: [string, string][] = [
      ['notJson', '{"format":"community-secretary.history","records":['],
      ['foreign', JSON.stringify({ format: 'another-game', version: 1, records: [] })],
      ['foreign', JSON.stringify([1, 2, 3])],
      ['tooLarge', ' '.repeat(8 * 1024 * 1024 + 1)],
      ['badRecord', JSON.stringify(withBad)],
    ];
    for (const [code, text] of cases) {
      const r = await h.importFile(text);
      expect(r).toMatchObject({ ok: false, reason: 'refused', refusal: { code } });
      expect(kv.map.size).toBe(1);
    }
  });

  it('an abandoned term is kept marked so, with no score', async () => {
    const h = new HistoryStore(new MapKV(), shippedLookup, tick);
    const start = newGame(scenario, 'ab');
    await h.add(replayToJson(makeReplay(start, [], start)), true);
    const [e] = (await h.load()).entries;
    expect(e?.record.abandoned).toBe(true);
    expect(e?.state.status).toBe('playing');
  });

  it('the recorder keeps a term the moment it ends, and only then', async () => {
    const kv = new MapKV();
    const h = new HistoryStore(kv, shippedLookup, tick);
    const store = new GameStore(new MemoryStorage(), { get: (id) => shippedLookup(id) });
    recordTerms(store, h, () => undefined);
    store.start(scenario, 'rec');
    store.dispatch({ type: 'endMonth' });
    expect((await h.load()).entries).toHaveLength(0);
    while (store.state?.status === 'playing') store.dispatch({ type: 'endMonth' });
    const load = await h.load();
    expect(load.entries).toHaveLength(1);
    expect(load.entries[0]!.record.id).toBe(recordId(store.replayText() ?? ''));
  });
});

describe('history file', () => {
  it('names its format, and every record in it is verified', () => {
    const text = historyFileText([]);
    expect(JSON.parse(text).format).toBe(HISTORY_FORMAT);
    expect(parseHistoryFile(text, shippedLookup)).toEqual({ ok: true, records: [] });
  });
});
