// The history scene: reads the kept terms (verified, damaged ones skipped with a message), shows
// bests, trend and every past term, and re-opens one in its debrief. Export, import and clear go
// through src/app/history.ts; each outcome is said aloud. Par for a challenge's best is worked out
// here lazily (once, then kept on the record), never blocking the screen.
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { type HistoryLoad, history } from '../app/history';
import { reviewStore } from '../app/review';
import { newGame } from '../core';
import {
  downloadText,
  type HistoryMessage,
  localDay,
  refreshBests,
  renderHistory,
  termRows,
} from '../dom/history';
import { t } from '../i18n';
import { hexToInt, LINE, PANEL } from '../view';
import { challengeBests } from '../view/history';
import { designCamera, markDrawn, onLanguage } from './sceneKit';

/** Largest file read for an import; a bigger one is refused by its size before it is read. */
const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export class History extends Phaser.Scene {
  private kept: HistoryLoad | null = null;
  private message: HistoryMessage | null = null;
  private confirmClear = false;
  private parsWorked = new Set<string>();

  constructor() {
    super('History');
  }

  init(data?: { message?: HistoryMessage }): void {
    this.kept = null;
    this.message = data?.message ?? null;
    this.confirmClear = false;
  }

  create(): void {
    designCamera(this);
    const g = this.add.graphics();
    g.fillStyle(hexToInt(PANEL), 1);
    g.fillRoundedRect(40, 30, 1840, 1020, 18);
    g.lineStyle(2, hexToInt(LINE), 1);
    g.strokeRoundedRect(40, 30, 1840, 1020, 18);
    this.render();
    onLanguage(this, () => this.render());
    void this.reload();
    markDrawn(this);
  }

  private async reload(): Promise<void> {
    const h = history();
    this.kept = h ? await h.load() : { entries: [], skipped: [], unavailable: true };
    if (!this.scene.isActive()) return;
    this.render();
    this.workOutPar();
  }

  private say(text: string, warn: boolean): void {
    this.message = { text, warn };
    app().overlay.announce(text);
  }

  private render(): void {
    const { overlay, scenarios } = app();
    renderHistory(
      overlay,
      { load: this.kept, message: this.message, confirmClear: this.confirmClear, scenarios },
      {
        back: () => this.scene.start('Title'),
        open: (entry) => {
          const review = reviewStore(entry.record.replay);
          if (review) this.scene.start('Debrief', { review, reviewAt: entry.record.at });
        },
        review: (entry) => {
          void import('./Review').then((m) =>
            m.launchReview({
              replayText: entry.record.replay,
              who: localDay(entry.record.at),
              back: () => window.__game?.scene.start('History'),
            }),
          );
        },
        exportFile: () => void this.exportFile(),
        importFile: (file) => void this.importFile(file),
        clear: () => void this.clear(),
      },
    );
    markDrawn(this);
  }

  private async exportFile(): Promise<void> {
    const h = history();
    if (!h || !this.kept) return;
    downloadText(await h.exportText(), `community-secretary-history-${localDay(new Date())}.json`);
    this.say(t('hist.exported', { n: this.kept.entries.length }), false);
    this.render();
  }

  private async importFile(file: File): Promise<void> {
    const h = history();
    if (!h) return;
    // An oversized file is refused by its size, before a byte of it is read.
    const r =
      file.size > MAX_IMPORT_BYTES
        ? ({
            ok: false,
            reason: 'refused',
            refusal: { code: 'tooLarge', message: `${file.size} bytes, at most ${MAX_IMPORT_BYTES}` },
          } as const)
        : await h.importFile(await file.text());
    if (r.ok) this.say(t('hist.imported', { added: r.added, dup: r.duplicates }), false);
    else if (r.reason === 'refused')
      this.say(
        t('hist.refused', {
          name: `${file.name.slice(0, 80)}: ${t(`hist.refused.${r.refusal.code}`)}`,
          detail: r.refusal.message,
        }),
        true,
      );
    else this.say(writeFailureText(r.reason, r.message), true);
    this.confirmClear = false;
    await this.reload();
  }

  private async clear(): Promise<void> {
    const h = history();
    if (!h) return;
    if (!this.confirmClear) {
      this.confirmClear = true;
      this.render();
      app().overlay.screen.querySelector<HTMLElement>('[data-key="history-clear"]')?.focus();
      return;
    }
    this.confirmClear = false;
    const r = await h.clear();
    this.say(r.ok ? t('hist.cleared') : writeFailureText(r.reason, r.message), !r.ok);
    await this.reload();
  }

  /** Par of the most recent challenges' bests, one at a time between frames, kept on the record. */
  private workOutPar(): void {
    const h = history();
    const load = this.kept;
    if (!h || !load) return;
    const rows = termRows(load.entries);
    const todo = challengeBests(rows)
      .filter((b) => b.best.par === undefined && !this.parsWorked.has(b.key))
      .slice(0, 3);
    const next = todo.shift();
    if (!next) return;
    this.parsWorked.add(next.key);
    const entry = load.entries.find((e) => e.record.id === next.best.id);
    if (!entry) return;
    setTimeout(() => {
      void import('../bots/par').then(async ({ parFrom }) => {
        if (!this.scene.isActive()) return;
        const s = entry.state;
        const par = parFrom(newGame(s.scenario, s.seed, { months: s.maxTurns })).score;
        const w = await h.setPar(entry.record, par);
        if (!w.ok || !this.scene.isActive()) return;
        const load = await h.load();
        if (!this.scene.isActive()) return;
        this.kept = load;
        refreshBests(app().overlay.screen, load, app().scenarios);
        this.workOutPar();
      });
    }, 150);
  }
}

export function writeFailureText(reason: 'full' | 'unavailable', detail: string): string {
  return reason === 'full' ? t('hist.full') : t('hist.writeFailed', { detail });
}
