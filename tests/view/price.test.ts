// What a button says an action costs is what the rules charge: 智治 makes what costs 经费 dearer below
// SMART_DEAR and cheaper from SMART_CHEAP (smartPrice in the core), and the view says so — a play-tester's
// 网格化智慧平台 read 经费12 and took 18.
import { describe, expect, it } from 'vitest';
import { actionCost, newGame, PROGRAMME, SMART_CHEAP, SMART_DEAR } from '../../src/core';
import { priceText, smartPriceNote } from '../../src/view';
import { shippedScenario } from '../ui/fakes';

const base = newGame(shippedScenario('old-neighbourhood'), 'price');
const withSmart = (smart: number) => ({ ...base, modes: { ...base.modes, smart } });
const develop = { type: 'develop', programme: 'smartPlatform' } as const;
const list = PROGRAMME.smartPlatform.cost;

describe('the price shown is the price charged — 智治', () => {
  it('below SMART_DEAR the button shows the dearer price the rules take, beside the list price', () => {
    const s = withSmart(SMART_DEAR - 2);
    const charged = actionCost(s, develop);
    expect(charged.budget).toBeGreaterThan(list.budget);
    expect(priceText(s, develop, list)).toBe(
      `精力${charged.energy} · 经费${charged.budget}（原价${list.budget}）`,
    );
    expect(smartPriceNote(s)).toMatch(/加价/);
    // On a board button, a mark only; the list price is in its tooltip.
    expect(priceText(s, develop, list, true)).toBe(`精力${charged.energy} · 经费${charged.budget}▲`);
  });

  it('from SMART_CHEAP it shows the discount; in between, the list price alone and no note', () => {
    const cheap = withSmart(SMART_CHEAP);
    expect(actionCost(cheap, develop).budget).toBeLessThan(list.budget);
    expect(priceText(cheap, develop, list)).toContain(`（原价${list.budget}）`);
    expect(smartPriceNote(cheap)).toMatch(/七五折/);
    const plain = withSmart(SMART_DEAR + 5);
    expect(priceText(plain, develop, list)).toBe(`精力${list.energy} · 经费${list.budget}`);
    expect(smartPriceNote(plain)).toBeNull();
  });
});
