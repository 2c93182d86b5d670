import { describe, expect, it } from 'vitest';
import { BUNDLED_SCENARIOS, bundledScenario } from '../../src/scenarios/bundled';
import { parseScenario } from '../../src/scenarios/load';
import { loadScenarioFiles, readLecture } from '../../src/scenarios/node';
import { SHIPPED_IDS } from './helpers';

const TITLES: Record<(typeof SHIPPED_IDS)[number], string> = {
  'old-neighbourhood': '老旧小区改造',
  'new-estate': '新建商品房小区',
  'village-to-residence': '村改居',
  'flood-season': '汛期应急',
  'administrative-village': '行政村',
  'burden-relief': '减负增效',
};

describe('every shipped scenario is valid data (content is data, validated by a schema)', () => {
  const loaded = loadScenarioFiles();

  it('every file in scenarios/ passes the schema', () => {
    expect(loaded.errors.map((e) => e.message)).toEqual([]);
  });

  it('the six scenarios of the design ship, each under its Chinese title', () => {
    const byId = new Map(loaded.scenarios.map((s) => [s.id, s]));
    for (const id of SHIPPED_IDS) {
      expect(byId.get(id)?.title.zh, id).toBe(TITLES[id]);
    }
  });

  it('the tutorial-grade old neighbourhood is the gentlest', () => {
    const difficulty = (id: string) => loaded.scenarios.find((s) => s.id === id)?.difficulty ?? 0;
    for (const id of SHIPPED_IDS) expect(difficulty('old-neighbourhood')).toBeLessThanOrEqual(difficulty(id));
  });

  it('each scenario tells its story in its starting numbers', () => {
    const get = (id: string) => {
      const s = loaded.scenarios.find((x) => x.id === id);
      if (!s) throw new Error(`missing ${id}`);
      return s;
    };
    // 新建商品房小区: low participation → low autonomy.
    expect(get('new-estate').start.modes.autonomy).toBeLessThan(
      get('old-neighbourhood').start.modes.autonomy,
    );
    // 村改居: 两委"两张皮" → the community platform starts poorly aligned, and 一肩挑 is taught.
    expect(get('village-to-residence').start.forces.community.alignment).toBeLessThanOrEqual(45);
    expect(get('village-to-residence').learningPoints.map((l) => l.concept)).toContain('one-shoulder');
    // 汛期应急: several shocks, forecast ahead.
    expect(get('flood-season').shocks.length).toBeGreaterThanOrEqual(3);
    expect(get('flood-season').shocks.filter((s) => s.forecast).length).toBeGreaterThanOrEqual(2);
    // 减负增效: heavy burden at the start and every month.
    const relief = get('burden-relief');
    for (const s of loaded.scenarios.filter((x) => x.id !== 'burden-relief')) {
      expect(relief.start.burden).toBeGreaterThan(s.start.burden);
      expect(relief.tuning.burdenPerMonth).toBeGreaterThan(s.tuning.burdenPerMonth);
    }
  });

  it('every scenario has hidden concerns to perceive and disputes that can arise (神经末梢, 枫桥经验)', () => {
    for (const s of loaded.scenarios) {
      expect(
        s.deck.some((t) => t.hidden),
        s.id,
      ).toBe(true);
      expect(s.disputes.length, s.id).toBeGreaterThanOrEqual(3);
      expect(s.deck.length, s.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('parse → JSON.stringify → parse gives the same scenario (round trip)', () => {
    for (const s of loaded.scenarios) {
      const again = parseScenario(JSON.stringify(s), `scenarios/${s.id}.json`, readLecture());
      expect(again.ok && again.scenario, s.id).toEqual(s);
    }
  });

  it('the browser registry bundles the same valid scenarios as the Node loader reads', () => {
    const sortById = <T extends { id: string }>(list: readonly T[]) =>
      [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(sortById(BUNDLED_SCENARIOS)).toEqual(sortById(loaded.scenarios));
    expect(BUNDLED_SCENARIOS[0]?.id).toBe('old-neighbourhood');
    expect(bundledScenario('flood-season')?.months).toBe(10);
    expect(bundledScenario('no-such-scenario')).toBeUndefined();
  });
});
