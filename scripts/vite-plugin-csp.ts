// Vite plugin: the built page's head starts with `<meta charset>` (browsers look for it in the first 1,024
// bytes) and then a Content-Security-Policy that allows only the page's own origin. The build fails if the
// page holds an inline <script>: the policy has no 'unsafe-inline' and no script hash, so such a script
// would not run. Inline <style> elements (index.html's one rule for <html> and <body>) are allowed by their
// sha256 hash. Build only: the dev server injects its own inline styles and scripts for hot reload.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The policy, without the style hashes the page adds. Why each source:
 * - `img-src data:` — Phaser makes its default textures (__DEFAULT, __MISSING, __WHITE) from data: URIs;
 * - `font-src 'self'`, `connect-src 'self'` — the font subset and nothing else is fetched;
 * - `object-src 'none'`, `base-uri 'none'`, `form-action 'none'` — nothing of the kind is used, so nothing may be.
 * (`frame-ancestors` is not allowed in a <meta> policy and would only print a console warning.)
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

const CHARSET = '<meta charset="utf-8" />';
const CHARSET_RE = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>\s*/i;
const STYLE_RE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The policy text for a page whose inline <style> elements hold `styles`. */
export function policyFor(styles: readonly string[]): string {
  const hashes = styles.map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  return CSP_DIRECTIVES.map(([name, value]) =>
    name === 'style-src' && hashes.length ? `${name} ${value} ${hashes.join(' ')}` : `${name} ${value}`,
  ).join('; ');
}

/** Moves `<meta charset>` to the top of <head> and puts the policy right after it. Throws, naming the
 * script, if the page holds an inline <script> (which the policy would block). */
export function securePage(html: string): string {
  for (const [, attrs, body] of html.matchAll(SCRIPT_RE)) {
    if (!/\bsrc\s*=/.test(attrs!) && body!.trim() !== '') {
      throw new Error(
        `csp: index.html has an inline <script> (${body!.trim().slice(0, 60)}…): move it to a file`,
      );
    }
  }
  const styles = [...html.matchAll(STYLE_RE)].map((m) => m[1]!);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('csp: index.html has no <head>');
  const withoutCharset = html.replace(CHARSET_RE, '');
  const at = withoutCharset.indexOf(head[0]) + head[0].length;
  const meta = `\n    ${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${policyFor(styles)}" />`;
  return withoutCharset.slice(0, at) + meta + withoutCharset.slice(at);
}

export default function csp(): Plugin {
  return {
    name: 'community-secretary:csp',
    apply: 'build',
    transformIndexHtml: {
      // After every other plugin's tags (the font stylesheet, Vite's scripts) are in.
      order: 'post',
      handler: (html) => securePage(html),
    },
  };
}
