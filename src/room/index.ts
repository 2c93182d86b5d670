// The team page's room mode (opened at `/#room` or `/#room=ID`): the pieces wired to the game. The
// rest of the game does not know about the room; it only sees the store's changes go by.
import './room.css';
import { scenarioSource } from '../app/scenarios';
import { listSlots } from '../app/slots';
import type { GameStore } from '../app/store';
import type { Scenario } from '../core';
import { loadNameFont } from '../dom/nameFont';
import type { Overlay } from '../dom/overlay';
import { onLangChange, pick } from '../i18n';
import { RoomApi } from './api';
import { RoomClient } from './client';
import type { RoomLink } from './link';
import { RoomPanel } from './panel';
import { rt } from './text';

export { roomLinkOf } from './link';

export interface RoomModeOptions {
  link: RoomLink;
  store: GameStore;
  overlay: Overlay;
  scenarios: readonly Scenario[];
  storage: Storage | null;
  /** Leaves the title for a scene (the Phaser scene manager is main.ts's). */
  goTo(scene: 'Briefing' | 'Board', data?: object): void;
}

export function startRoomMode(o: RoomModeOptions): RoomClient {
  // The team's name, as typed, is on the room's card and status line: the names face draws what the game
  // font's subset lacks.
  void loadNameFont();
  const client = new RoomClient({ api: new RoomApi(), storage: o.storage, link: o.link });
  const panel = new RoomPanel(o.overlay.root);
  let dismissed = false;
  const ours = () => {
    const s = o.store.state;
    const m = client.member;
    return (
      !!s &&
      !!m &&
      s.status === 'playing' &&
      s.scenarioId === m.challenge.scenarioId &&
      s.seed === m.challenge.seed &&
      s.maxTurns === m.challenge.months
    );
  };
  /**
   * The slot of this team's game of the session's challenge that is still in progress: the one loaded, or
   * one saved in another slot (the title loads the term played last, which may be a practice game).
   */
  const ourSlot = (): string | null => {
    const m = client.member;
    if (!m) return null;
    if (ours()) return o.store.slot;
    const c = m.challenge;
    const found = listSlots(o.storage, scenarioSource).find(
      (x) =>
        x.game?.status === 'playing' &&
        x.game.scenarioId === c.scenarioId &&
        x.game.seed === c.seed &&
        x.game.maxTurns === c.months &&
        x.game.team === m.name,
    );
    return found?.slot ?? null;
  };
  const handlers = {
    retry: () => void client.connect(),
    join: (name: string) => void client.join(name),
    play: () => {
      const m = client.member;
      // The team's name goes into the game as a challenge's team does: its replay and result code carry
      // it (a code pasted into the offline view when the room is down still names the team), and the
      // debrief's 再玩一局 plays the same challenge again, as practice.
      if (m)
        o.goTo('Briefing', {
          scenarioId: m.challenge.scenarioId,
          seed: m.challenge.seed,
          months: m.challenge.months,
          team: m.name,
        });
    },
    continueGame: () => {
      const slot = ourSlot();
      if (slot !== null && !ours()) o.store.load(slot);
      o.goTo('Board');
    },
    dismiss: () => {
      dismissed = true;
      render();
      o.overlay.screen.querySelector<HTMLElement>('button')?.focus();
    },
    scenarioTitle: (id: string) => {
      const s = o.scenarios.find((x) => x.id === id);
      return s ? pick(s.title) : null;
    },
    canContinue: () => ourSlot() !== null,
  };
  /**
   * The debrief of the session's game says "hand the result code to the facilitator"; in a live room the
   * game went to the room as it ended, so the line says that instead (and what is still waiting to go).
   */
  const tellDelivered = () => {
    const help = o.overlay.screen.querySelector<HTMLElement>('[data-key="result-help"]');
    const s = o.store.state;
    const m = client.member;
    if (!help || !s || !m || s.status === 'playing' || o.store.team !== m.name) return;
    const c = m.challenge;
    if (s.scenarioId !== c.scenarioId || s.seed !== c.seed || s.maxTurns !== c.months) return;
    const v = client.view;
    const text = v.pending === 0 ? rt('room.resultDelivered') : rt('room.resultPending', { n: v.pending });
    if (help.textContent !== text) help.textContent = text;
    const counts = o.overlay.screen.querySelector<HTMLElement>('[data-key="result-counts"]');
    if (counts && counts.textContent !== rt('room.resultCounts'))
      counts.textContent = rt('room.resultCounts');
  };
  // The debrief's result panel arrives after the screen (its own chunk): look again as the screen fills.
  new MutationObserver(tellDelivered).observe(o.overlay.screen, { childList: true, subtree: true });
  const render = () => {
    tellDelivered();
    const onTitle = o.overlay.screenName === 'title';
    const show = onTitle && !dismissed;
    panel.render(client.view, show, handlers);
    // The menu under the card is out of reach while the card is up (one thing to do at a time).
    o.overlay.screen.inert = show;
  };
  client.onView(render);
  onLangChange(render);
  new MutationObserver(render).observe(document.documentElement, { attributeFilter: ['data-screen'] });
  client.watch(o.store);
  window.addEventListener('online', () => client.kick());
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) client.kick();
  });
  followSession(client);
  void client.connect();
  render();
  return client;
}

/** The session's public event stream: open/closed as the facilitator switches it, and the reveal (no
 * scores: the public stream carries none before it). */
function followSession(client: RoomClient): void {
  let source: EventSource | null = null;
  client.onView(() => {
    const p = client.phase;
    if (p.kind !== 'joined' || source || typeof EventSource === 'undefined') return;
    source = new EventSource(`/api/sessions/${encodeURIComponent(p.session.id)}/events`);
    const read = (e: MessageEvent) => {
      try {
        return JSON.parse(String(e.data)) as Record<string, unknown>;
      } catch {
        return null;
      }
    };
    source.addEventListener('hello', (e) => {
      const session = read(e as MessageEvent)?.session as { revealed?: unknown } | undefined;
      client.updateSession(session);
      if (session?.revealed === true) void client.readRank();
    });
    // Standings are public only after the reveal; the page asks for them then, and never before.
    source.addEventListener('reveal', () => void client.readRank());
    source.addEventListener('status', (e) => {
      const d = read(e as MessageEvent);
      if (typeof d?.open === 'boolean' && client.phase.kind === 'joined')
        client.updateSession({
          ...client.phase.session,
          challenge: client.phase.session.challenge,
          open: d.open,
        });
    });
  });
}
