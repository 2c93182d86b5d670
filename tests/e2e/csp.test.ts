// The production build's Content-Security-Policy in force while a month is played (no violation reported,
// no inline script or style slipping in), its charset in the first 1,024 bytes, and what opening the build
// from disk (file://) shows: browsers refuse module scripts and fonts there, so the page says how to serve it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../../scripts/preview-server.ts';
import { launch, openGame, type Session, waitForScreen } from './helpers.ts';

const DIST = join(ROOT, 'test-results', 'e2e-dist');

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation the page reports (an init script runs before the page's own scripts). */
function recordViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations!.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile})`,
    );
  });
}

describe('the page policy of the production build', () => {
  let session: Session | null = null;

  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('the served page declares its charset within the first 1,024 bytes, then the policy', async () => {
    const res = await fetch(inject('baseURL'));
    const bytes = Buffer.from(await res.arrayBuffer());
    const charset = bytes.indexOf('<meta charset="utf-8"');
    expect(charset).toBeGreaterThanOrEqual(0);
    expect(charset).toBeLessThan(1024);
    const csp = bytes.indexOf('http-equiv="Content-Security-Policy"');
    expect(csp).toBeGreaterThan(charset);
    expect(csp).toBeLessThan(bytes.indexOf('<script'));
  });

  test('a month is played with the policy in force and no violation reported', async () => {
    session = await launch();
    const { page } = session;
    await session.context.addInitScript(recordViolations);
    await openGame(session);
    const policy = await page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');

    await page.getByRole('button', { name: /新游戏|New game/ }).click();
    await page.getByRole('button', { name: /老旧小区改造/ }).click();
    await waitForScreen(page, 'briefing');
    await page.getByRole('button', { name: /开始|Start/ }).click();
    await waitForScreen(page, 'board');
    const programme = page.locator('button[data-key^="prog-"]:not([aria-disabled="true"])').first();
    if ((await programme.count()) > 0) await programme.click();
    await page.getByRole('button', { name: /结束本月|End month/ }).click();
    const next = page.locator('[data-key="summary-next"]');
    await next.waitFor({ timeout: 15_000 });
    await next.click();
    await waitForScreen(page, 'board');
    await expect.poll(() => page.evaluate(() => document.body.textContent ?? '')).toMatch(/第\s*2\s*月/);

    // A policy that is really enforced: an inline script added now is blocked and reported.
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
    });
    await expect.poll(() => page.evaluate(() => window.__cspViolations?.length)).toBe(1);
    expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    expect(session.errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
  });

  test('opened from disk (file://), the page says how to serve it instead of staying blank', async () => {
    session = await launch();
    const { page } = session;
    await page.goto(pathToFileURL(join(DIST, 'index.html')).href);
    const notice = page.getByRole('alert');
    await notice.waitFor({ timeout: 10_000 });
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('http.server');
    expect(text).toContain('npm run preview');
    expect(text).toMatch(/网页服务器/);
    expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBe('file-notice');
  });
});
