// The live room's list of sessions: two sessions of one challenge (the same scenario and seed) must be
// told apart, by when each was opened and how far it has gone.
import { describe, expect, it } from 'vitest';
import { sessionLabel } from '../../src/facilitator/live';

const challenge = { scenarioId: 'old-neighbourhood', seed: 'peixun', months: 12 };
const at = (h: number, m: number, day = 4) => new Date(2026, 11, day, h, m).getTime();
const now = new Date(2026, 11, 4, 16, 0);

describe('the live room lists its sessions', () => {
  it('two sessions of one challenge differ by the time each was opened, its teams and its state', () => {
    const morning = sessionLabel(
      { challenge, createdAt: at(9, 5), teams: 6, open: false, revealed: true },
      now,
    );
    const afternoon = sessionLabel(
      { challenge, createdAt: at(14, 30), teams: 2, open: true, revealed: false },
      now,
    );
    expect(morning).not.toBe(afternoon);
    expect(morning).toBe('老旧小区改造 · peixun · 09:05 开场 · 6 队已加入 · 已揭晓');
    expect(afternoon).toBe('老旧小区改造 · peixun · 14:30 开场 · 2 队已加入');
  });

  it('a session closed to submissions says so; one from another day carries its date', () => {
    const closed = sessionLabel(
      { challenge, createdAt: at(8, 0, 3), teams: 1, open: false, revealed: false },
      now,
    );
    expect(closed).toBe('老旧小区改造 · peixun · 12-03 08:00 开场 · 1 队已加入 · 已关闭提交');
  });
});
