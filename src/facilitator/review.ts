// From the facilitator's results to the board: a team's game stepped through read-only (src/ui/Review.ts),
// and forked from there. The facilitator's page is only hidden meanwhile, so coming back finds it exactly
// as it was (the session, the reveal, the chosen team), still kept in IndexedDB as before.
import { replayTextOf } from '../app/review';
import type { Game, SessionChallenge } from '../view/ranking';

/** Opens `game` on the board at `month`; the facilitator's page comes back on exit. */
export function openOnBoard(challenge: SessionChallenge, game: Game, month: number, from: HTMLElement): void {
  const text = game.actions ? replayTextOf(challenge, game.actions, game.team) : null;
  const root = from.closest<HTMLElement>('.fac-root');
  if (!text || !root) return;
  const key = from.dataset.key;
  void import('../ui/Review').then((m) => {
    root.hidden = true;
    document.body.classList.remove('fac-open');
    m.launchReview({
      replayText: text,
      who: game.team,
      month,
      back: () => {
        window.__game?.scene.start('Title');
        root.hidden = false;
        document.body.classList.add('fac-open');
        // Back on the button that opened the board (the page re-renders on its own while it was hidden).
        (key ? root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null)?.focus();
      },
    });
  });
}
