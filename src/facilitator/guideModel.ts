// The facilitator guide of one scenario as plain text in the current language (no DOM, so it is tested
// in Node): its two session plans with the term each plays, what it teaches (learning points with
// their concept ids and lecture quotes), its binding lever in words, and the debrief prompts with the
// screens' own section names filled in. ./guide.ts draws it.
import { type LeverPattern, type Scenario, termBounds } from '../core';
import { dict, lang, pick, t } from '../i18n';
import { lecturePassage } from '../view/sentences';
import { type Bilingual, gt, PLANS, type PlanStep, PROMPTS, pickText } from './guideText';
import { ft } from './text';

export interface GuideStep {
  minutes: string;
  phase: PlanStep['phase'];
  phaseName: string;
  what: string;
}

export interface GuidePlan {
  minutes: number;
  months: number;
  title: string;
  steps: GuideStep[];
}

export interface GuideModel {
  scenarioId: string;
  title: string;
  meta: string;
  background: string;
  /** `quote`: the lecture's passage as the facilitator reads it (src/view/sentences.ts lecturePassage). */
  teaches: { concept: string; name: string; quote: { text: string; lang: 'zh-CN' | 'en' }; text: string }[];
  lever: { text: string; actions: string } | null;
  plans: GuidePlan[];
  prompts: { concept: string | null; name: string | null; where: string; text: string }[];
  questions: string[];
}

/** One lever pattern in the game's own action names (src/i18n). */
export function leverName(p: LeverPattern): string {
  const d = dict();
  // Chinese takes full-width brackets; English text set in the CJK font needs ASCII ones.
  const paren = (s: string) => (lang() === 'en' ? ` (${s})` : `（${s}）`);
  const forces = (list: readonly string[]) =>
    list.map((f) => d.forceShort[f as keyof typeof d.forceShort]).join(t('ui.and'));
  switch (p.type) {
    case 'coordinate':
      return p.forces?.length
        ? `${t('action.coordinate')}${paren(forces(p.forces))}`
        : t('action.coordinate');
    case 'develop':
      return p.programme ? d.programme[p.programme] : t('action.develop');
    case 'strengthen':
      return p.force ? d.strengthen[p.force] : t('action.strengthen');
    case 'respond':
      return p.forces?.length ? `${t('action.respond')}${paren(forces(p.forces))}` : t('action.respond');
    case 'adoptReform':
      return p.reform ? `${t('action.reform')}：${d.reform[p.reform]}` : t('action.reform');
    case 'clearBurden':
      return t('action.clearBurden');
    case 'endMonth':
      return t('action.endMonth');
  }
}

/** The words the prompts and plans name: each screen's own section titles, in the current language. */
function screenWords(leverText: string, months: number): Record<string, string | number> {
  return {
    months,
    lever: leverText,
    parts: t('debrief.parts'),
    charts: t('debrief.charts'),
    turningPoints: t('debrief.turningPoints'),
    learning: t('debrief.learning'),
    colPar: ft('colPar'),
    monthsTitle: ft('monthsTitle'),
    divergenceTitle: ft('divergenceTitle'),
    lostMost: ft('lostMost'),
    reveal: ft('reveal'),
    prevMonth: ft('prevMonth'),
    nextMonth: ft('nextMonth'),
  };
}

const fill = (text: Bilingual, words: Record<string, string | number>) => pickText(text, words);

/** The guide of `scenario` in the current language. */
export function guideModel(scenario: Scenario): GuideModel {
  const d = dict();
  const bounds = termBounds(scenario);
  const leverActions = scenario.binding ? scenario.binding.lever.map(leverName) : [];
  const leverText = leverActions.length ? leverActions.join(' / ') : gt('noLever');
  const plans = PLANS.map((plan): GuidePlan => {
    const months = plan.term === 'short' ? bounds.min : bounds.max;
    const words = screenWords(leverText, months);
    return {
      minutes: plan.minutes,
      months,
      title: gt('plan', { minutes: plan.minutes, months }),
      steps: plan.steps.map((s) => ({
        minutes: `${s.from}–${s.to}`,
        phase: s.phase,
        phaseName: gt(`phase.${s.phase}`),
        what: fill(s.what, words),
      })),
    };
  });
  const words = screenWords(leverText, bounds.max);
  return {
    scenarioId: scenario.id,
    title: pick(scenario.title),
    meta: `${gt('difficulty', { n: scenario.difficulty })} · ${gt('fullTerm', { n: bounds.max })}`,
    background: pick(scenario.background),
    teaches: scenario.learningPoints.map((lp) => ({
      concept: lp.concept,
      name: d.concept[lp.concept].name,
      quote: lecturePassage(lp.quote),
      text: pick(lp.text),
    })),
    lever: scenario.binding
      ? { text: pick(scenario.binding.text), actions: gt('leverActions', { actions: leverText }) }
      : null,
    plans,
    prompts: PROMPTS.map((p) => ({
      concept: p.concept,
      name: p.concept ? (d.concept[p.concept as keyof typeof d.concept]?.name ?? p.concept) : null,
      where: p.where === 'room' ? gt('whereRoom') : gt('whereDebrief'),
      text: fill(p.text, words),
    })),
    questions: scenario.questions.map((q) => pick(q)),
  };
}
