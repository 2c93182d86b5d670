// The debrief's turning points: the loss is the ending, and the month that decided it is still told.
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { newGame, runActions } from '../../src/core';
import { zh } from '../../src/i18n/zh';
import { causeText, targetName, turningPointTitle } from '../../src/view';
import { causesOf } from '../../src/view/causes';
import { pickSpread, type TurningPoint, turningPoints } from '../../src/view/debrief';
import { SHIPPED } from '../replay/helpers';

const point = (p: Partial<TurningPoint> & Pick<TurningPoint, 'turn' | 'kind' | 'weight'>): TurningPoint => ({
  delta: 0,
  causes: [],
  concept: 'co-governance',
  ...p,
});

describe('turning points spread over the months — 一件一件加以解决', () => {
  it('a term lost to satisfaction in month 12 still shows the month satisfaction collapsed', () => {
    const collapse = point({ turn: 7, kind: 'metric', metric: 'satisfaction', delta: -38, weight: 114 });
    const loss = point({ turn: 12, kind: 'lost', loss: 'satisfaction', weight: 1000 });
    const others = [
      point({ turn: 8, kind: 'forceRegained', force: 'socialOrgs', delta: 12, weight: 52 }),
      point({ turn: 3, kind: 'metric', metric: 'vitality', delta: -9, weight: 18 }),
    ];
    const chosen = pickSpread([collapse, loss, ...others], 5);
    expect(chosen).toContain(collapse);
    expect(chosen).toContain(loss);
    // In the order they happened.
    expect(chosen.map((c) => c.turn)).toEqual([...chosen.map((c) => c.turn)].sort((a, b) => a - b));
  });

  it('a swing of the losing metric in the loss’s own month is not told twice', () => {
    const sameMonth = point({ turn: 5, kind: 'metric', metric: 'safety', delta: -30, weight: 90 });
    const loss = point({ turn: 5, kind: 'lost', loss: 'safety', weight: 1000 });
    const earlier = point({ turn: 2, kind: 'metric', metric: 'safety', delta: -12, weight: 36 });
    const chosen = pickSpread([sameMonth, loss, earlier], 5);
    expect(chosen).toContain(loss);
    expect(chosen).not.toContain(sameMonth);
    expect(chosen).toContain(earlier);
  });
});

describe('a turning point is explained by what pushed it that way — 一件一件加以解决', () => {
  const sc = SHIPPED.find((s) => s.id === 'old-neighbourhood')!;
  const games = ['routine-needed', 'routine-top-down', 'random'].flatMap((name) =>
    ['tp1', 'tp2', 'tp3'].map((seed) => playGame(sc, seed, getBot(name)!).state),
  );

  it('a concern that failed or escalated lists what worked against it, not the response that moved it part way', () => {
    let seen = 0;
    for (const state of games)
      for (const tp of turningPoints(state, 20)) {
        if (tp.kind !== 'failed' && tp.kind !== 'escalated') continue;
        seen++;
        if (tp.causes.some((c) => c.delta < 0)) expect(tp.causes.every((c) => c.delta < 0)).toBe(true);
      }
    expect(seen).toBeGreaterThan(0);
  });

  it('a cause about the concern itself names it once', () => {
    const c = {
      turn: 2,
      target: 'concern.c3',
      reason: 'respond',
      ref: 'c3',
      delta: 20,
      concept: 'nerve-endings',
    } as const;
    const names = {
      concernTitle: (id: string) => (id === 'c3' ? { zh: '楼道灯不亮', en: 'Stair lights out' } : null),
    };
    expect(causeText(c, names, true)).toBe(`楼道灯不亮：${zh.reason.respond} +20`);
  });
});

describe('a loss to satisfaction is told over its months under the floor', () => {
  it('its heading spans those months, and its causes are theirs, not the month before', () => {
    let found = 0;
    for (const sc of SHIPPED)
      for (const seed of ['a', 'b', 'c']) {
        let state = newGame(sc, seed);
        while (state.status === 'playing') state = runActions(state, [{ type: 'endMonth' }]).state;
        if (state.lossReason !== 'satisfaction') continue;
        found++;
        const from = state.turn - sc.tuning.floorMonths + 1;
        const lost = turningPoints(state, 20).find((tp) => tp.kind === 'lost')!;
        expect(lost.fromTurn).toBe(from);
        expect(turningPointTitle(lost, { concernTitle: () => null })).toBe(
          `第 ${from}–${state.turn} 月：${zh.loss.satisfaction}`,
        );
        for (const c of lost.causes) expect(c.turn).toBeGreaterThanOrEqual(from);
      }
    expect(found).toBeGreaterThan(0);
  });
});

describe('a force at the joint meeting is not said to be left out — 统筹协调', () => {
  it('its month-end drift reads as halved by attending; a force left out still reads 未纳入统筹', () => {
    const sc = SHIPPED.find((s) => s.id === 'old-neighbourhood')!;
    const start = newGame(sc, 'held');
    const { state } = runActions(start, [
      { type: 'coordinate', forces: ['volunteers', 'community'] },
      { type: 'endMonth' },
    ]);
    const names = { concernTitle: () => null };
    const line = (f: string) =>
      causesOf(state.log, `forces.${f}.alignment`, [1])
        .filter((c) => c.reason === 'drift')
        .map((c) => causeText(c, names));
    expect(line('volunteers')).toEqual([expect.stringMatching(/· 月底仍有漂离（参会，减半） −\d+$/)]);
    expect(line('charity')).toEqual([expect.stringMatching(/· 未纳入统筹 −\d+$/)]);
  });

  it('with 政治 weak, a force’s drift still reads 未纳入统筹 (the meeting is the cure), and a held one as halved', () => {
    const sc = SHIPPED.find((s) => s.id === 'old-neighbourhood')!;
    // Only the community called, month after month, never 政治's programmes: 政治 falls below the line and
    // the core logs each force's whole drift as 'weakPolitical'.
    let state = newGame(sc, 'weak-political');
    let month = 0;
    const names = { concernTitle: () => null };
    const weakDrift = (f: string) =>
      causesOf(state.log, `forces.${f}.alignment`, [month]).filter((c) => c.reason === 'weakPolitical');
    for (let i = 0; i < 12 && state.status === 'playing'; i++) {
      month = state.turn;
      state = runActions(state, [{ type: 'coordinate', forces: ['community'] }, { type: 'endMonth' }]).state;
      if (weakDrift('charity').length && weakDrift('community').length) break;
    }
    expect(weakDrift('charity').length).toBe(1);
    expect(weakDrift('charity').map((c) => causeText(c, names))).toEqual([
      expect.stringMatching(/· 未纳入统筹，政治偏弱漂得更快 −\d+$/),
    ]);
    expect(weakDrift('community').map((c) => causeText(c, names))).toEqual([
      expect.stringMatching(/· 参会减半，政治偏弱仍在漂离 −\d+$/),
    ]);
    // 碎片化's own 政治偏弱 keeps its name.
    const frag = causesOf(state.log, 'fragmentation', [month]).filter((c) => c.reason === 'weakPolitical');
    expect(frag.map((c) => causeText(c, names))).toEqual([expect.stringMatching(/^政治偏弱 \+\d+$/)]);
  });

  it('a force’s monthly load is named as its load, not its alignment', () => {
    expect(targetName('forces.volunteers.load', { concernTitle: () => null })).toBe('志愿者本月的负荷');
    expect(targetName('spectators', { concernTitle: () => null })).toBe('成了旁观者的群众');
  });

  it('every figure the rules log in played games has a name: none is shown as its internal word', () => {
    const sc = SHIPPED.find((s) => s.id === 'old-neighbourhood')!;
    const targets = new Set<string>();
    for (const bot of ['routine-top-down', 'random', 'routine-reforms'])
      for (const e of playGame(sc, 'names', getBot(bot)!).state.log)
        if (!e.target.startsWith('concern.')) targets.add(e.target);
    expect(targets.size).toBeGreaterThan(10);
    const raw = [...targets].filter((x) => /[a-z]/.test(targetName(x, { concernTitle: () => null })));
    expect(raw).toEqual([]);
  });
});

describe('a turning point’s causes add up to its change', () => {
  it('for every swing of played games, the causes shown and the rest sum to the change', () => {
    const sc = SHIPPED.find((s) => s.id === 'flood-season')!;
    const games = new Map<string, ReturnType<typeof playGame>>();
    const game = (bot: string) => {
      if (!games.has(bot)) games.set(bot, playGame(sc, 'sum', getBot(bot)!));
      return games.get(bot)!;
    };
    const log = (bot: string) => game(bot).state.log;
    let swings = 0;
    for (const bot of ['routine-needed', 'random', 'routine-top-down'])
      for (const tp of turningPoints(game(bot).state, 20)) {
        if (tp.kind !== 'metric' && tp.kind !== 'forceDrifted' && tp.kind !== 'forceRegained') continue;
        swings++;
        const shown = tp.causes.reduce((n, c) => n + c.delta, 0);
        expect(shown + (tp.rest ?? 0)).toBe(tp.delta);
        // The rest is the log's other causes of that change (the causes explain the whole of it).
        const target = tp.metric ?? `forces.${tp.force}.alignment`;
        expect(causesOf(log(bot), target, [tp.turn]).reduce((n, c) => n + c.delta, 0)).toBe(tp.delta);
      }
    expect(swings).toBeGreaterThan(0);
  });
});
