// Every bound a replay (and so a save) is held to, pinned at its exact boundary: the largest value the
// bound allows gets past the check (and is judged by what comes next), one more is refused by name
// before any action is run. Found by removing each guard in turn (issue 8): these failed nothing before.
import { describe, expect, it } from 'vitest';
import { REPLAY_LIMITS, verifyReplay } from '../../src/replay';
import { scanJson } from '../../src/replay/untrusted';
import { asFile, playedReplay, SHIPPED, shippedLookup } from './helpers';

const { replay } = playedReplay(SHIPPED[0]!, 'limits-1');
const base = () => asFile(replay);
const verdict = (file: unknown) => {
  const r = verifyReplay(file, shippedLookup);
  return r.ok
    ? { code: 'ok' as const }
    : { code: r.reason.code, field: (r.reason as { field?: string }).field };
};

describe('replay bounds at their exact boundary (REPLAY_LIMITS)', () => {
  it(`${REPLAY_LIMITS.maxActions} actions are read and run; one more is refused before any is run`, () => {
    const at = base();
    at.actions = Array.from({ length: REPLAY_LIMITS.maxActions }, () => ({ type: 'endMonth' }));
    // Read in full and run: the term ends long before, so an endMonth after it is illegal.
    expect(verdict(at)).toEqual({ code: 'illegalAction', field: undefined });
    const over = base();
    over.actions = Array.from({ length: REPLAY_LIMITS.maxActions + 1 }, () => ({ type: 'endMonth' }));
    expect(verdict(over)).toEqual({ code: 'malformedField', field: 'actions' });
  });

  it(`an id inside an action: ${REPLAY_LIMITS.maxId} characters reach the rules, one more is refused`, () => {
    const at = base();
    at.actions = [{ type: 'respond', concern: 'c'.repeat(REPLAY_LIMITS.maxId), forces: ['community'] }];
    expect(verdict(at)).toEqual({ code: 'illegalAction', field: undefined });
    const over = base();
    over.actions = [{ type: 'respond', concern: 'c'.repeat(REPLAY_LIMITS.maxId + 1), forces: ['community'] }];
    expect(verdict(over)).toEqual({ code: 'malformedField', field: 'actions[0].concern' });
  });

  it(`a force list: ${REPLAY_LIMITS.maxForces} entries reach the rules, one more is refused`, () => {
    const list = (n: number) => Array.from({ length: n }, () => 'community');
    const at = base();
    at.actions = [{ type: 'coordinate', forces: list(REPLAY_LIMITS.maxForces) }];
    expect(verdict(at)).toEqual({ code: 'illegalAction', field: undefined });
    const over = base();
    over.actions = [{ type: 'coordinate', forces: list(REPLAY_LIMITS.maxForces + 1) }];
    expect(verdict(over)).toEqual({ code: 'malformedField', field: 'actions[0].forces' });
  });

  it(`a scenario id of ${REPLAY_LIMITS.maxId} characters is looked up; one more is refused unread`, () => {
    const at = base();
    at.scenarioId = 's'.repeat(REPLAY_LIMITS.maxId);
    expect(verdict(at)).toEqual({ code: 'unknownScenario', field: undefined });
    const over = base();
    over.scenarioId = 's'.repeat(REPLAY_LIMITS.maxId + 1);
    expect(verdict(over)).toEqual({ code: 'malformedField', field: 'scenarioId' });
  });

  it(`a seed of ${REPLAY_LIMITS.maxSeed} characters is played; one more is refused unplayed`, () => {
    const at = base();
    at.seed = 's'.repeat(REPLAY_LIMITS.maxSeed);
    // Another seed, other months: the recorded actions go wrong somewhere, or the result differs.
    expect(['illegalAction', 'resultDiffers']).toContain(verdict(at).code);
    const over = base();
    over.seed = 's'.repeat(REPLAY_LIMITS.maxSeed + 1);
    expect(verdict(over)).toEqual({ code: 'malformedField', field: 'seed' });
  });

  it('an action that is not a plain object (inherited fields, a class instance) is refused by name', () => {
    class EndMonth {
      type = 'endMonth';
    }
    for (const odd of [Object.create({ type: 'endMonth' }), new EndMonth()]) {
      const file = base();
      file.actions = [odd, ...file.actions];
      expect(verdict(file)).toEqual({ code: 'malformedField', field: 'actions[0]' });
    }
  });
});

describe('the text scanner at its exact bounds (saves, replay files and scenario files go through it)', () => {
  const limits = { maxLength: 64, maxDepth: 3, maxString: 5 };

  it('nesting: maxDepth levels are read, one more is tooDeep', () => {
    expect(scanJson('[[[1]]]', limits)).toBeNull();
    expect(scanJson('{"a":{"b":[1]}}', limits)).toBeNull();
    expect(scanJson('[[[[1]]]]', limits)?.code).toBe('tooDeep');
    expect(scanJson('{"a":{"b":[{}]}}', limits)?.code).toBe('tooDeep');
  });

  it('strings and field names: maxString characters are read, one more is tooLong', () => {
    expect(scanJson('"abcde"', limits)).toBeNull();
    expect(scanJson('{"abcde":1}', limits)).toBeNull();
    expect(scanJson('"abcdef"', limits)?.code).toBe('tooLong');
    expect(scanJson('{"abcdef":1}', limits)?.code).toBe('tooLong');
  });

  it('a field named twice in one object is refused; the same name in two objects is not', () => {
    expect(scanJson('[{"a":1},{"a":2}]', limits)).toBeNull();
    expect(scanJson('{"a":1,"a":2}', limits)?.code).toBe('duplicateKey');
  });
});

describe('a list longer than any replay can hold is refused while scanning (bench:input: 12,000 actions)', () => {
  const list = (n: number) =>
    `{"actions":[${Array.from({ length: n }, () => '{"type":"endMonth"}').join(',')}]}`;
  const limits = { maxLength: 1_000_000, maxDepth: 8, maxString: 256, maxItems: REPLAY_LIMITS.maxActions };
  it(`${REPLAY_LIMITS.maxActions} entries pass the scan; one more is refused by name, at the entry`, () => {
    expect(scanJson(list(REPLAY_LIMITS.maxActions), limits)).toBeNull();
    const p = scanJson(list(REPLAY_LIMITS.maxActions + 1), limits);
    expect(p?.code).toBe('tooMany');
    expect(p?.message).toMatch(/at most 2,000 entries/);
  });
});
