// The built page's head: charset first (within the 1,024 bytes browsers scan for it), then a
// Content-Security-Policy of the page's own origin only, with each inline <style> allowed by its hash
// and no inline script at all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CSP_DIRECTIVES, policyFor, securePage } from '../../scripts/vite-plugin-csp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const INDEX = readFileSync(join(ROOT, 'index.html'), 'utf8');
/** What the font plugin and Vite put in front of the page's own head before the CSP plugin runs. */
const BIG_PREFIX = `<link rel="stylesheet" href="./assets/x.css">${'<link rel="preload" href="./a.woff2">'.repeat(60)}`;

const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('the page is secured at build time', () => {
  test('meta charset comes first in <head>, in the first 1,024 bytes, even behind 2 KB of injected tags', () => {
    const crowded = INDEX.replace('<head>', `<head>\n${BIG_PREFIX}`);
    expect(crowded.indexOf('<meta charset')).toBeGreaterThan(1024);
    const out = securePage(crowded);
    const at = Buffer.from(out).indexOf('<meta charset="utf-8"');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(1024);
    expect(out.match(/<meta charset/g)).toHaveLength(1);
  });

  test('the policy allows scripts, styles, fonts and requests from the own origin only', () => {
    const policy = policyOf(securePage(INDEX));
    const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('font-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https?:|\*/);
    expect([...directives.keys()]).toEqual(CSP_DIRECTIVES.map(([name]) => name));
  });

  test('the policy comes before anything it governs (right after the charset)', () => {
    const out = securePage(INDEX.replace('<head>', `<head>\n${BIG_PREFIX}`));
    const csp = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(csp).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(csp).toBeLessThan(out.indexOf('<link'));
    expect(csp).toBeLessThan(out.indexOf('<script'));
  });

  test('each inline <style> is allowed by the sha256 of its exact text, and nothing else inline', () => {
    const css = 'html,body{margin:0}';
    const page = '<html><head><title>t</title><style>html,body{margin:0}</style></head><body></body></html>';
    const hash = createHash('sha256').update(css).digest('base64');
    expect(policyOf(securePage(page))).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(policyFor([])).toContain("style-src 'self';");
  });

  test('an inline <script> fails the build, naming it (the policy would block it)', () => {
    const page = '<html><head><script>window.x = 1</script></head><body></body></html>';
    expect(() => securePage(page)).toThrow(/inline <script> \(window\.x = 1/);
    const external = '<html><head><script type="module" src="./a.js"></script></head><body></body></html>';
    expect(() => securePage(external)).not.toThrow();
  });
});
