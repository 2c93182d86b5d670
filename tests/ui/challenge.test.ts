// A team's challenge without the DOM (src/app/challenge.ts) and what the store keeps of it: the code
// a trainee types is read or refused naming the character, the team name is required and bounded,
// a 6-month challenge saves and resumes as a 6-month game of the same team, its result code verifies,
// and only the first finished game of a challenge counts — later ones are practice.
import { describe, expect, it } from 'vitest';
import {
  challengeCodeOf,
  codeInHash,
  firstResultKey,
  hasFinished,
  looksLikeResultCode,
  numberFinished,
  readChallengeEntry,
  readTeam,
  recordFinished,
  sameChallenge,
  splitAtCodeChar,
} from '../../src/app/challenge';
import { resultCodeOf } from '../../src/app/result';
import { DEFAULT_SLOT, GameStore, saveKey } from '../../src/app/store';
import { challengeCode, makeChallenge, verifyResultCode } from '../../src/codes';
import { BASE32_ALPHABET } from '../../src/codes/base32';
import { newGame, type Scenario } from '../../src/core';
import { MemoryStorage, shippedScenario, sourceOf } from './fakes';

const scenario: Scenario = shippedScenario('old-neighbourhood');
const scenarios = [scenario];
const lookup = (id: string) => (id === scenario.id ? scenario : undefined);

function codeOf(seed: string, months?: number): string {
  const made = makeChallenge(scenario, seed, months);
  if (!made.ok) throw new Error(made.refusal.message);
  return challengeCode(made.challenge);
}

/** The code with its `n`th code character (1-based, dashes not counted) replaced by `ch`. */
function replaceAt(code: string, n: number, ch: string): string {
  let seen = 0;
  return [...code].map((c) => (c === '-' ? c : ++seen === n ? ch : c)).join('');
}

describe('reading a typed challenge code', () => {
  it('a valid code names its scenario, term and seed — typed in lower case, without dashes, or as a link', () => {
    const code = codeOf('peixun', 6);
    for (const typed of [code, code.toLowerCase().replace(/-/g, ''), `https://x.example/game/#c=${code}`]) {
      const r = readChallengeEntry(typed, scenarios);
      expect(r.ok, typed).toBe(true);
      if (!r.ok) continue;
      expect(r.scenario.id).toBe(scenario.id);
      expect(r.term).toBe(6);
      expect(r.challenge.seed).toBe('peixun');
      expect(r.code).toBe(code);
    }
  });

  it('the scenario’s own term is the term when the code names none', () => {
    const r = readChallengeEntry(codeOf('abc'), scenarios);
    expect(r.ok && r.term).toBe(scenario.months);
  });

  it('every single mistyped character is refused, naming its position', () => {
    const code = codeOf('k3f9qa', 6);
    const length = code.replace(/-/g, '').length;
    for (let n = 1; n <= length; n++) {
      const original = code.replace(/-/g, '')[n - 1]!;
      const other = BASE32_ALPHABET[(BASE32_ALPHABET.indexOf(original) + 7) % 32]!;
      const r = readChallengeEntry(replaceAt(code, n, other), scenarios);
      expect(r.ok).toBe(false);
      if (r.ok || r.refusal === null) throw new Error(`position ${n}: not refused by the check`);
      expect(r.refusal.code, `position ${n}`).toBe('badCheck');
      expect(r.refusal.code === 'badCheck' && r.refusal.suspect, `position ${n}`).toBe(n);
    }
  });

  it('a character no code holds is refused at its position', () => {
    const r = readChallengeEntry(replaceAt(codeOf('peixun', 6), 4, 'U'), scenarios);
    expect(!r.ok && r.refusal?.code === 'badCharacter' && r.refusal.position).toBe(4);
  });

  it('a result code pasted where the challenge code belongs is named as a result code', () => {
    const start = newGame(scenario, 'peixun', { months: 6 });
    const code = resultCodeOf({
      format: 1,
      rulesVersion: start.rulesVersion,
      scenarioId: scenario.id,
      scenarioHash: makeChallengeHash(),
      seed: 'peixun',
      months: 6,
      team: 'A',
      actions: [],
      result: { score: null, rating: null, status: 'playing', hash: '0000000000000000' },
    });
    expect(code.ok).toBe(true);
    if (!code.ok) return;
    const r = readChallengeEntry(code.code, scenarios);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.refusal === null && r.resultCode).toBe(true);
  });
});

function makeChallengeHash(): string {
  const made = makeChallenge(scenario, 'peixun', 6);
  if (!made.ok) throw new Error(made.refusal.message);
  return made.challenge.scenarioHash;
}

describe('telling a result code from a challenge code by its shape', () => {
  it('no challenge code, however typed, looks like a result code', () => {
    for (const seed of ['a', 'peixun', 'abcdefghijklmnop', 'b-1-2-3-4-5-6-7']) {
      const code = codeOf(seed, 6);
      for (const typed of [code, code.toLowerCase(), code.replace(/-/g, '')])
        expect(looksLikeResultCode(typed), typed).toBe(false);
    }
  });
});

describe('the link and the marked character', () => {
  it('#c=CODE gives the code; other fragments give nothing', () => {
    expect(codeInHash('#c=ABCDE-FGH')).toBe('ABCDE-FGH');
    expect(codeInHash('#x=1&c=AB%2DCD')).toBe('AB-CD');
    expect(codeInHash('#c=')).toBeNull();
    expect(codeInHash('#city=1')).toBeNull();
    expect(codeInHash('')).toBeNull();
    expect(codeInHash('#c=%E0%A4%A')).toBeNull();
  });

  it('the n-th code character is found as the codes layer counts: dashes and spaces skipped', () => {
    expect(splitAtCodeChar('AB-CD EF', 3)).toEqual({ before: 'AB-', char: 'C', after: 'D EF' });
    expect(splitAtCodeChar('AB-CD', 1)).toEqual({ before: '', char: 'A', after: 'B-CD' });
    expect(splitAtCodeChar('AB', 3)).toBeNull();
  });
});

describe('team names', () => {
  it('are normalised, required, and bounded without cutting', () => {
    expect(readTeam('  第一  组 ')).toEqual({ ok: true, team: '第一 组' });
    expect(readTeam('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(readTeam('组'.repeat(25))).toEqual({ ok: false, reason: 'long' });
    expect(readTeam('组'.repeat(24))).toEqual({ ok: true, team: '组'.repeat(24) });
    expect(readTeam('a\u202eb')).toEqual({ ok: false, reason: 'control' });
  });
});

describe('a challenge game in the store', () => {
  it('a 6-month challenge is saved with its term and team and resumes as the same challenge', () => {
    const storage = new MemoryStorage();
    const store = new GameStore(storage, sourceOf(scenario));
    store.start(scenario, 'peixun', DEFAULT_SLOT, { months: 6, team: '第一组' });
    expect(store.dispatch({ type: 'endMonth' }).ok).toBe(true);
    const saved = JSON.parse(storage.getItem(saveKey(DEFAULT_SLOT))!) as { months?: number; team?: string };
    expect(saved.months).toBe(6);
    expect(saved.team).toBe('第一组');

    const again = new GameStore(storage, sourceOf(scenario));
    expect(again.load().ok).toBe(true);
    expect(again.state?.maxTurns).toBe(6);
    expect(again.state?.turn).toBe(2);
    expect(again.team).toBe('第一组');
    // The resumed game writes the same file again (term and team kept), and it plays on to month 6.
    expect(again.replayText()).toBe(storage.getItem(saveKey(DEFAULT_SLOT)));
    expect(challengeCodeOf(again.state!)).toBe(codeOf('peixun', 6));
  });

  it('a finished challenge’s result code verifies to the game’s score, team and term', () => {
    const store = new GameStore(new MemoryStorage(), sourceOf(scenario));
    store.start(scenario, 'peixun', DEFAULT_SLOT, { months: 6, team: 'Team A' });
    for (let i = 0; i < 6 && store.state?.status === 'playing'; i++)
      expect(store.dispatch({ type: 'endMonth' }).ok).toBe(true);
    expect(store.state?.status).not.toBe('playing');
    const code = resultCodeOf(store.replay()!);
    expect(code.ok).toBe(true);
    if (!code.ok) return;
    const v = verifyResultCode(code.code, lookup);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.verified.score).toBe(store.state?.assessment?.score);
    expect(v.replay.team).toBe('Team A');
    expect(v.replay.months).toBe(6);
  });

  it('a solo game has no team, and "again" on a challenge is the same challenge', () => {
    const store = new GameStore(new MemoryStorage(), sourceOf(scenario));
    store.start(scenario, 'solo1');
    expect(store.team).toBe('');
    expect(JSON.parse(store.replayText()!).team).toBeUndefined();
    const state = newGame(scenario, 'peixun', { months: 6 });
    expect(sameChallenge(state, 'B')).toEqual({
      scenarioId: scenario.id,
      seed: 'peixun',
      months: 6,
      team: 'B',
      code: codeOf('peixun', 6),
    });
    expect(sameChallenge(newGame(scenario, 'peixun'), 'B')?.months).toBeUndefined();
  });
});

describe('a team’s first finished game counts; later ones are practice', () => {
  it('records the first result, keeps it, and calls a different later one practice', () => {
    const storage = new MemoryStorage();
    expect(hasFinished(storage, 'C1', 'A')).toBe(false);
    expect(recordFinished(storage, 'C1', 'A', 'R1')).toEqual({ counts: true, countingCode: 'R1' });
    // Drawn again (a language switch, a reload): still the one that counts.
    expect(recordFinished(storage, 'C1', 'A', 'R1')).toEqual({ counts: true, countingCode: 'R1' });
    expect(recordFinished(storage, 'C1', 'A', 'R2')).toEqual({ counts: false, countingCode: 'R1' });
    expect(storage.getItem(firstResultKey('C1', 'A'))).toBe('R1');
    expect(hasFinished(storage, 'C1', 'A')).toBe(true);
    // Another challenge is its own first game.
    expect(recordFinished(storage, 'C2', 'A', 'R2').counts).toBe(true);
  });

  it('teams taking turns at one computer each have their own first game', () => {
    const storage = new MemoryStorage();
    expect(recordFinished(storage, 'C1', '第一组', 'R1').counts).toBe(true);
    expect(recordFinished(storage, 'C1', '第二组', 'R2').counts).toBe(true);
    expect(hasFinished(storage, 'C1', '第三组')).toBe(false);
    expect(firstResultKey('C1', 'a.b')).not.toBe(firstResultKey('C1.a', 'b'));
  });

  it('a team’s games are numbered as they finish, the number saved with the game and carried by its code', () => {
    const storage = new MemoryStorage();
    const finish = (team: string) => {
      const store = new GameStore(storage, sourceOf(scenario));
      store.start(scenario, 'peixun', DEFAULT_SLOT, { months: 6, team });
      expect(store.attempt).toBe(0);
      for (let i = 0; i < 6 && store.state?.status === 'playing'; i++) store.dispatch({ type: 'endMonth' });
      return store;
    };
    const first = finish('第一组');
    expect(first.attempt).toBe(1);
    // Resumed from its save (a reload on the debrief), it keeps its number; nothing is counted again.
    const resumed = new GameStore(storage, sourceOf(scenario));
    expect(resumed.load().ok).toBe(true);
    expect(resumed.attempt).toBe(1);
    const second = finish('第一组');
    expect(second.attempt).toBe(2);
    expect(finish('第二组').attempt).toBe(1);
    const code = resultCodeOf(second.replay()!);
    const v = code.ok ? verifyResultCode(code.code, lookup) : null;
    expect(v?.ok && v.replay.attempt).toBe(2);
    // The debrief's panel: the second game is practice even where the first one's code was never kept.
    const challenge = codeOf('peixun', 6);
    expect(recordFinished(storage, challenge, '第一组', 'R2', 2)).toEqual({
      counts: false,
      countingCode: null,
    });
    expect(recordFinished(storage, challenge, '第一组', 'R1', 1).counts).toBe(true);
    expect(recordFinished(storage, challenge, '第一组', 'R2', 2)).toEqual({
      counts: false,
      countingCode: 'R1',
    });
    // A solo game has no number.
    const solo = new GameStore(new MemoryStorage(), sourceOf(scenario));
    solo.start(scenario, 'peixun', DEFAULT_SLOT, { months: 6 });
    for (let i = 0; i < 6 && solo.state?.status === 'playing'; i++) solo.dispatch({ type: 'endMonth' });
    expect(solo.attempt).toBe(0);
    expect(JSON.parse(solo.replayText()!).attempt).toBeUndefined();
  });

  it('a first game kept by an older build (its code, no count) makes the next game the second', () => {
    const storage = new MemoryStorage();
    storage.setItem(firstResultKey('C1', 'A'), 'R0');
    expect(numberFinished(storage, 'C1', 'A')).toBe(2);
    expect(numberFinished(storage, 'C1', 'A')).toBe(3);
    expect(numberFinished(storage, 'C1', 'B')).toBe(1);
    expect(hasFinished(storage, 'C1', 'B')).toBe(true);
    const refusing = new MemoryStorage();
    refusing.failWrites = true;
    expect(numberFinished(refusing, 'C1', 'A')).toBe(1);
    expect(numberFinished(null, 'C1', 'A')).toBe(1);
  });

  it('storage that refuses never turns a real result into practice', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(recordFinished(storage, 'C1', 'A', 'R1').counts).toBe(true);
    expect(recordFinished(null, 'C1', 'A', 'R2').counts).toBe(true);
    expect(hasFinished(null, 'C1', 'A')).toBe(false);
  });
});
