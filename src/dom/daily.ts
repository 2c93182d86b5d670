// The title's daily challenge button, the level choice, and the briefing's level / practice notes
// (issue 12). Text only through h(), never HTML.
import { type DailyChallenge, type DailyRecord, type DailyResult, streakOf } from '../app/daily';
import { LEVELS, RATINGS, type Rating, type Scenario } from '../core';
import { dict, pick, t, type UiKey } from '../i18n';
import { h } from './h';
import type { Overlay } from './overlay';

export interface DailyView {
  challenge: DailyChallenge;
  scenario: Scenario;
  record: DailyRecord;
}

export const levelName = (level: number): string => t(`level.name${level}` as UiKey);

/** 每日挑战 / Daily challenge: today's scenario and level, the streak, and whether today is done. */
export function dailyButton(view: DailyView, onClick: () => void): HTMLElement {
  const { challenge, scenario, record } = view;
  const done: DailyResult | undefined = record[challenge.date];
  const streak = streakOf(record, challenge.date);
  return h(
    'button',
    { type: 'button', class: 'menu-button', 'data-key': 'daily', onclick: onClick },
    h('span', { class: 'menu-main' }, t('daily.button')),
    h(
      'span',
      { class: 'menu-sub', 'data-key': 'daily-detail' },
      t('daily.today', {
        date: challenge.date,
        scenario: pick(scenario.title),
        level: levelName(challenge.level),
      }),
      streak > 0 ? ` · ${t('daily.streak', { n: streak })}` : '',
    ),
    done
      ? h(
          'span',
          { class: 'menu-sub', 'data-key': 'daily-done' },
          t('daily.done', {
            score: done.score,
            rating: RATINGS.includes(done.rating as Rating) ? dict().rating[done.rating as Rating] : '',
          }),
        )
      : null,
  );
}

/** The ladder as a radio group: what each step makes harder, said beside its name. */
export function levelChoice(current: number, onChange: (level: number) => void): HTMLElement {
  return h(
    'fieldset',
    { class: 'level-choice', 'data-key': 'level-choice' },
    h('legend', null, t('level.label')),
    LEVELS.map((l) =>
      h(
        'label',
        { class: 'level-option' },
        h('input', {
          type: 'radio',
          name: 'level',
          value: String(l.level),
          checked: l.level === current,
          'data-key': `level-${l.level}`,
          onchange: () => onChange(l.level),
        }),
        h('span', { class: 'level-name' }, levelName(l.level)),
        h('span', { class: 'level-help' }, t(`level.help${l.level}` as UiKey)),
      ),
    ),
  );
}

export interface BriefingNoteData {
  level?: number;
  /** Set when this is a daily challenge that was already finished today. */
  practice?: boolean;
}

/** Under the briefing's challenge line: the level above 1, and "practice" for a second daily try. */
export function briefingNotes(overlay: Overlay, data: BriefingNoteData): void {
  const line = overlay.screen.querySelector('.challenge-line');
  if (!line) return;
  const notes: HTMLElement[] = [];
  if (data.level !== undefined && data.level > 1)
    notes.push(
      h(
        'p',
        { class: 'level-badge', 'data-key': 'level-badge' },
        t('level.badge', { name: levelName(data.level) }),
      ),
    );
  if (data.practice) notes.push(h('p', { class: 'practice-note', role: 'note' }, t('daily.practice')));
  line.after(...notes);
}
