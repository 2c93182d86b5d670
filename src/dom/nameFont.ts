// The names face (./nameFont.css): typed names (teams, saves) in characters outside the game font's
// subset draw in it, never blank. Loaded by the screens that show or take a typed name.

let names: Promise<void> | null = null;

/**
 * Loads the face's rules (~100 KB of unicode ranges, 34 KB gzip; each slice is fetched only when a
 * character of it is drawn) in their own stylesheet, once; the stylesheet puts the face at the end of
 * the page's `--font`. Called by the challenge entry, the saves, and a team's briefing, board and
 * debrief: a solo player's first board loads none of it.
 */
export function loadNameFont(): Promise<void> {
  names ??= import('./nameFont.css').then(
    () => undefined,
    () => undefined,
  );
  return names;
}
