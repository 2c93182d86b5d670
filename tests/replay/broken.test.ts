// One test per way a replay file can be broken: each is refused with its own named, readable reason,
// and verification never throws, whatever it is given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION, type Scenario, scenarioHash } from '../../src/core';
import {
  type ReplayRejection,
  type ReplayRejectionCode,
  replayToJson,
  type VerifyResult,
  verifyReplay,
  verifyReplayText,
} from '../../src/replay';
import { asFile, lookupOf, playedReplay, SHIPPED, shippedLookup } from './helpers';

const scenario = SHIPPED[0]!;
const { game, replay } = playedReplay(scenario, 'broken');

function rejection(r: VerifyResult): ReplayRejection {
  if (r.ok) throw new Error('expected the replay to be rejected, but it verified');
  return r.reason;
}

function rejectedAs(code: ReplayRejectionCode, json: unknown, lookup = shippedLookup): ReplayRejection {
  const reason = rejection(verifyReplay(json, lookup));
  expect(reason.code).toBe(code);
  expect(reason.message.length).toBeGreaterThan(10);
  return reason;
}

describe('a broken replay is refused, saying why', () => {
  it('the untouched replay verifies (so each refusal below is caused by its one edit)', () => {
    expect(verifyReplay(asFile(replay), shippedLookup).ok).toBe(true);
    expect(game.actions.length).toBeGreaterThan(3);
  });

  it('text that is not JSON: not JSON', () => {
    const reason = rejection(verifyReplayText('format: 1, actions: []', shippedLookup));
    expect(reason.code).toBe('notJson');
    expect(reason.message).toMatch(/^not JSON/);
  });

  it('a truncated file: not JSON', () => {
    const text = replayToJson(replay);
    const reason = rejection(verifyReplayText(text.slice(0, Math.floor(text.length / 2)), shippedLookup));
    expect(reason.code).toBe('notJson');
  });

  it('a replay of another format version: wrong format version', () => {
    const f = asFile(replay);
    f.format = 2;
    expect(rejectedAs('wrongFormat', f).message).toContain('format');
    const { format: _, ...noFormat } = asFile(replay);
    rejectedAs('wrongFormat', noFormat);
  });

  it('a replay played under other rules: wrong rules version, naming both versions', () => {
    const f = asFile(replay);
    f.rulesVersion = RULES_VERSION + 1;
    const reason = rejectedAs('wrongRulesVersion', f);
    expect(reason.message).toContain(String(RULES_VERSION + 1));
    expect(reason.message).toContain(String(RULES_VERSION));
  });

  it('a scenario this build does not have: unknown scenario, naming it', () => {
    const f = asFile(replay);
    f.scenarioId = 'moon-base';
    expect(rejectedAs('unknownScenario', f).message).toContain('moon-base');
  });

  it('a scenario whose content changed since the game: scenario content changed', () => {
    const edited: Scenario = { ...scenario, months: scenario.months + 1 };
    expect(scenarioHash(edited)).not.toBe(scenarioHash(scenario));
    const reason = rejectedAs('scenarioChanged', asFile(replay), lookupOf(edited));
    expect(reason.message).toContain(scenario.id);
  });

  const malformed: [string, (f: ReturnType<typeof asFile>) => void][] = [
    ['scenarioId', (f) => delete f.scenarioId],
    ['scenarioHash', (f) => (f.scenarioHash = 'not-a-hash')],
    ['seed', (f) => (f.seed = 42)],
    ['actions', (f) => (f.actions = { 0: { type: 'endMonth' } } as unknown as unknown[])],
    ['result', (f) => (f.result = 612 as unknown as Record<string, unknown>)],
    ['result.score', (f) => (f.result.score = '612')],
    ['result.score', (f) => (f.result.score = -1)],
    ['result.rating', (f) => (f.result.rating = 'brilliant')],
    ['result.status', (f) => (f.result.status = 'finished')],
    ['result.hash', (f) => delete f.result.hash],
  ];
  it.each(malformed)('a malformed field %s: malformed field, naming it', (field, edit) => {
    const f = asFile(replay);
    edit(f);
    const reason = rejectedAs('malformedField', f);
    expect(reason).toMatchObject({ field });
    expect(reason.message).toContain(`"${field}"`);
  });

  it('a replay that is not an object at all: malformed', () => {
    rejectedAs('malformedField', [replay]);
    rejectedAs('malformedField', null);
  });

  it('a hand-edited action naming a concern that does not exist: illegal action at its index', () => {
    const f = asFile(replay);
    const i = f.actions.findIndex((a) => (a as { type: string }).type !== 'endMonth');
    f.actions[i] = { type: 'respond', concern: 'c999', forces: ['community'] };
    const reason = rejectedAs('illegalAction', f);
    expect(reason).toMatchObject({ index: i, rejection: { code: 'unknownConcern' } });
    expect(reason.message).toContain(`index ${i}`);
    expect(reason.message).toContain('c999');
  });

  it('a hand-edited action of no known kind: illegal action, with the core’s own message', () => {
    const f = asFile(replay);
    f.actions[2] = { type: 'bribe', amount: 1000 };
    const reason = rejectedAs('illegalAction', f);
    expect(reason).toMatchObject({ index: 2, rejection: { code: 'malformedAction' } });
    expect(reason.message).toContain('bribe');
  });

  it('more actions than the month’s 精力 allows: illegal action where the energy ran out', () => {
    const f = asFile(replay);
    const extra = Array.from({ length: 50 }, () => ({ type: 'strengthen', force: 'volunteers' }));
    f.actions = [...extra, ...f.actions];
    const reason = rejectedAs('illegalAction', f);
    expect(reason).toMatchObject({ rejection: { code: expect.stringMatching(/notEnough(Energy|Budget)/) } });
    expect((reason as { index: number }).index).toBeGreaterThan(0);
  });

  it('an action after the game ended: illegal action (the game is over)', () => {
    const f = asFile(replay);
    f.actions.push({ type: 'endMonth' });
    const reason = rejectedAs('illegalAction', f);
    expect(reason).toMatchObject({ index: f.actions.length - 1, rejection: { code: 'gameOver' } });
  });

  it('a dropped action: rejected, whether as an illegal action or a result that no longer matches', () => {
    const f = asFile(replay);
    f.actions.splice(1, 1);
    expect(['illegalAction', 'resultDiffers']).toContain(rejection(verifyReplay(f, shippedLookup)).code);
  });

  it('a changed score: recorded result differs, naming the score', () => {
    const f = asFile(replay);
    f.result.score = (f.result.score as number) + 100;
    const reason = rejectedAs('resultDiffers', f);
    expect(reason).toMatchObject({ fields: ['score'] });
    expect(reason.message).toContain('score recorded');
  });

  it('a changed rating: recorded result differs, naming the rating', () => {
    const f = asFile(replay);
    f.result.rating = f.result.rating === 'excellent' ? 'fail' : 'excellent';
    expect(rejectedAs('resultDiffers', f)).toMatchObject({ fields: ['rating'] });
  });

  it('a changed status: recorded result differs, naming the status', () => {
    const f = asFile(replay);
    f.result.status = f.result.status === 'won' ? 'lost' : 'won';
    expect(rejectedAs('resultDiffers', f)).toMatchObject({ fields: ['status'] });
  });

  it('a changed final hash: recorded result differs, naming the hash', () => {
    const f = asFile(replay);
    f.result.hash = '0123456789abcdef';
    expect(rejectedAs('resultDiffers', f)).toMatchObject({ fields: ['hash'] });
  });

  it('a changed seed: the re-computed hash differs from the recorded one', () => {
    // Only month ends, which are legal under any seed, so the edit shows in the result, not the actions.
    const f = asFile(replay);
    f.actions = [{ type: 'endMonth' }];
    const truth = verifyReplay(f, shippedLookup);
    expect(truth.ok).toBe(false);
    const recompute = rejection(truth) as Extract<ReplayRejection, { code: 'resultDiffers' }>;
    f.result = { ...recompute.computed };
    expect(verifyReplay(f, shippedLookup).ok).toBe(true);
    f.seed = `${f.seed}-edited`;
    const reason = rejectedAs('resultDiffers', f);
    expect((reason as { fields: string[] }).fields).toContain('hash');
  });

  it('a changed seed on a whole game is refused', () => {
    const f = asFile(replay);
    f.seed = 'another-seed';
    expect(['illegalAction', 'resultDiffers']).toContain(rejection(verifyReplay(f, shippedLookup)).code);
  });

  it('a failure inside the rules while re-running is a named rejection, not an exception', () => {
    const broken = { id: scenario.id } as unknown as Scenario;
    const f = asFile(replay);
    f.scenarioHash = scenarioHash(broken);
    rejectedAs('internalError', f, lookupOf(broken));
  });

  it('verification never throws and never accepts noise, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const r = verifyReplay(json, shippedLookup);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(verifyReplayText(text, shippedLookup).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('any single edit of a field or an action is refused', () => {
    const base = asFile(replay);
    const paths: (string | number)[][] = [
      ['seed'],
      ['scenarioId'],
      ['scenarioHash'],
      ['format'],
      ['rulesVersion'],
      ['result', 'score'],
      ['result', 'hash'],
      ...base.actions.map((_, i) => ['actions', i]),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const f = asFile(replay);
        let target: Record<string | number, unknown> = f;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        const last = path[path.length - 1]!;
        const unchanged = JSON.stringify(target[last]) === JSON.stringify(value);
        target[last] = value;
        const r = verifyReplay(f, shippedLookup);
        if (!unchanged) expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
