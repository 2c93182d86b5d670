// The lecture as the game quotes it: the source text with its page markers removed.
// Pure (no fs, no bundler), so Node (./node.ts) and the browser (./lecture.ts) share it.

/**
 * Removes the page markers of the lecture's text: each page chunk starts on its own line with its
 * number and `、` (`1、` … `15、`), and a page may break mid-sentence, so consecutive page chunks
 * are joined without a line break. Only markers numbered 1, 2, 3 … in order count, so a page that
 * happens to begin with a number is left alone. Lines before the first page (the site's header)
 * are kept as they are.
 */
export function stripPageMarkers(raw: string): string {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  let out = '';
  let page = 1;
  let previousWasPage = false;
  lines.forEach((line, i) => {
    const marker = `${page}、`;
    const isPage = line.startsWith(marker);
    const body = isPage ? line.slice(marker.length) : line;
    const separator = i === 0 || (isPage && previousWasPage) ? '' : '\n';
    out += separator + body;
    if (isPage) page += 1;
    previousWasPage = isPage;
  });
  return out;
}
