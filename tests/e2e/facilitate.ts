// The facilitator's steps the browser tests share (facilitator, review, print): the offline view opened
// on a challenge code, result codes pasted, 揭晓; the live room served on a loopback port, a session
// opened from a challenge code on its page, a team joining and submitting through the room's API.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { ROOT } from '../../scripts/preview-server.ts';
import { type RoomServer, startRoomServer } from '../../src/server/serve';
import { tempDir } from '../server/helpers';
import { launch, type Session } from './helpers';

export const PROJECTOR = { width: 1920, height: 1080 };

/** #facilitator, the challenge code typed and 开始: the offline session for that challenge. */
export async function openOfflineSession(s: Session, challenge: string): Promise<void> {
  const { page } = s;
  await page.goto(`${s.baseURL}#facilitator`);
  await page.waitForSelector('.fac-root [data-key="challenge-input"]');
  await page.fill('[data-key="challenge-input"]', challenge);
  await page.click('[data-key="start-code"]');
  await page.waitForSelector('[data-key="challenge-code"]');
}

/** The codes pasted into the box labelled 结果码, one a line, and 添加 pressed. */
export async function pasteCodes(page: Page, codes: readonly string[]): Promise<void> {
  await page.getByLabel('结果码').fill(codes.join('\n'));
  await page.getByRole('button', { name: '添加' }).click();
}

/** 揭晓 (pressed twice: the first press only asks, and reveals nothing), then the podium. */
export async function reveal(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /揭晓/ });
  await button.click();
  expect(await button.getAttribute('data-armed')).toBe('');
  expect(await page.locator('.fac-podium').count()).toBe(0);
  await button.click();
  await page.waitForSelector('.fac-podium');
}

/** The room server in this process, serving the e2e build from a fresh data file. */
export function startLiveRoom(): Promise<RoomServer> {
  return startRoomServer({
    dataFile: join(tempDir(), 'room.sqlite'),
    port: 0,
    host: '127.0.0.1',
    distDir: join(ROOT, 'test-results/e2e-dist'),
  });
}

/**
 * For one describe block: a live room and a projector-sized browser, started before its tests and both
 * closed after them. Read `server` and `s` inside the tests (they are set by then).
 */
export function withLiveRoom(): { readonly server: RoomServer; readonly s: Session } {
  const live = {} as { server: RoomServer; s: Session };
  beforeAll(async () => {
    live.server = await startLiveRoom();
    live.s = await launch(PROJECTOR);
  }, 60_000);
  afterAll(async () => {
    await live.s?.close();
    await live.server?.close();
  });
  return live;
}

/** The live facilitator page (#facilitator=KEY) opens a session from a challenge code; its id. */
export async function openLiveSession(page: Page, server: RoomServer, challenge: string): Promise<string> {
  await page.goto(`${server.origin}/#facilitator=${server.room.key}`);
  await page.waitForSelector('[data-key="live-code"]');
  await page.fill('[data-key="live-code"]', challenge);
  await page.click('[data-key="live-create"]');
  await page.waitForSelector('[data-key="join-link"]');
  return /#room=([a-z2-9]+)/.exec((await page.textContent('[data-key="join-link"]')) ?? '')?.[1] ?? '';
}

/** A POST to the room's API as a team's page (or anyone) would send it. */
export async function apiPost(
  server: RoomServer,
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; json: { token: string } }> {
  const r = await fetch(server.origin + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: r.status, json: (await r.json()) as { token: string } };
}
