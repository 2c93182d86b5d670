// The printable facilitator guide: a page of its own over the facilitator view (opened from the
// session's 打印主持指南 button or from the setup form's scenario choice), laid out for A4 portrait.
// Its words are ./guideText.ts and the scenario's own data, arranged by ./guideModel.ts.
import { challengeLink } from '../codes';
import { h } from '../dom/h';
import { langStatus, toggleLangFrom } from '../dom/langSwitch';
import { lang, onLangChange } from '../i18n';
import { bundledScenario } from '../scenarios/bundled';
import { guideModel } from './guideModel';
import { gt } from './guideText';
import { qrImage } from './view';

let open: { close: () => void } | null = null;

/**
 * Opens the guide of a bundled scenario over everything (a second call replaces the first). `code`:
 * the session's challenge code, printed at the top with its QR so the sheet can be handed out.
 */
export function openGuide(scenarioId: string, code: string | null, returnFocus?: HTMLElement): void {
  open?.close();
  const scenario = bundledScenario(scenarioId);
  if (!scenario) return;
  const layer = h('div', {
    class: 'fac-guide-layer',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'fac-guide-h',
    'data-screen': 'facilitator-guide',
  });
  // Kept across repaints: a failed switch does not repaint, and its reason must stay in view.
  const langLine = langStatus();
  const paint = () => {
    const m = guideModel(scenario);
    const toolbar = h(
      'div',
      { class: 'fac-guide-bar no-print' },
      h(
        'button',
        {
          type: 'button',
          class: 'fac-button primary',
          'data-key': 'guide-print',
          onclick: () => window.print(),
        },
        gt('print'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'fac-button',
          'data-key': 'guide-lang',
          lang: lang() === 'zh' ? 'en' : 'zh',
          onclick: (e: MouseEvent) => void toggleLangFrom(e.currentTarget as HTMLElement, langLine),
        },
        gt('lang'),
      ),
      langLine,
      h(
        'button',
        { type: 'button', class: 'fac-button', 'data-key': 'guide-back', onclick: () => close() },
        gt('back'),
      ),
    );
    const sheet = h(
      'article',
      { class: 'fac-guide', lang: lang() === 'zh' ? 'zh-CN' : 'en' },
      h(
        'header',
        { class: 'fac-guide-head' },
        h(
          'div',
          null,
          h('p', { class: 'fac-guide-eyebrow' }, gt('heading')),
          h('h1', { id: 'fac-guide-h', tabindex: -1 }, m.title),
          h('p', { class: 'fac-guide-meta' }, m.meta),
          code ? h('p', { class: 'fac-guide-code' }, gt('session', { code })) : null,
        ),
        // The QR opens the challenge's briefing, as the projected one does.
        code ? qrImage(challengeLink(code, location.href), gt('session', { code })) : null,
      ),
      h('section', null, h('h2', null, gt('background')), h('p', null, m.background)),
      h(
        'section',
        { class: 'fac-guide-teaches' },
        h('h2', null, gt('teaches')),
        h(
          'ul',
          null,
          m.teaches.map((lp) =>
            h(
              'li',
              { 'data-concept': lp.concept },
              h('span', { class: 'fac-concept' }, lp.name),
              ' ',
              h('code', { class: 'fac-guide-id' }, lp.concept),
              h('p', null, lp.text),
              h('blockquote', { lang: lp.quote.lang }, lp.quote.text),
            ),
          ),
        ),
      ),
      h(
        'section',
        { class: 'fac-guide-lever' },
        h('h2', null, gt('lever')),
        m.lever
          ? [h('p', null, m.lever.text), h('p', { class: 'fac-guide-actions' }, m.lever.actions)]
          : h('p', null, gt('noLever')),
      ),
      m.plans.map((plan) =>
        h(
          'section',
          { class: 'fac-guide-plan', 'data-minutes': String(plan.minutes) },
          h('h2', null, plan.title),
          h(
            'table',
            { class: 'fac-guide-table' },
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col', class: 'fac-guide-cell head' }, gt('colMinutes')),
                h('th', { scope: 'col', class: 'fac-guide-cell head' }, gt('colPhase')),
                h('th', { scope: 'col', class: 'fac-guide-cell head' }, gt('colWhat')),
              ),
            ),
            h(
              'tbody',
              null,
              plan.steps.map((s) =>
                h(
                  'tr',
                  { class: `phase-${s.phase}` },
                  h('td', { class: 'fac-guide-cell fac-guide-min' }, s.minutes),
                  h('td', { class: 'fac-guide-cell fac-guide-phase' }, s.phaseName),
                  h('td', { class: 'fac-guide-cell' }, s.what),
                ),
              ),
            ),
          ),
        ),
      ),
      h(
        'section',
        { class: 'fac-guide-prompts' },
        h('h2', null, gt('prompts')),
        h(
          'ol',
          null,
          m.prompts.map((p) =>
            h(
              'li',
              { 'data-concept': p.concept ?? 'lever' },
              p.name ? h('span', { class: 'fac-concept' }, p.name) : null,
              ' ',
              h('span', { class: 'fac-guide-where' }, `[${p.where}]`),
              ' ',
              p.text,
            ),
          ),
        ),
        h('h3', null, gt('scenarioQuestions')),
        h(
          'ol',
          null,
          m.questions.map((q) => h('li', null, q)),
        ),
      ),
      h('p', { class: 'fac-trust' }, gt('trust')),
    );
    layer.replaceChildren(toolbar, sheet);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  };
  const offLang = onLangChange(() => {
    // The facilitator view was closed under the guide (the layer went with its root): let go.
    if (!layer.isConnected) return close();
    paint();
    layer.querySelector<HTMLElement>('[data-key="guide-lang"]')?.focus();
  });
  // The view beneath is covered: keep Tab and screen readers inside the guide while it is open.
  const host = document.querySelector('.fac-root') ?? document.body;
  const covered = [...host.children].filter((e): e is HTMLElement => e instanceof HTMLElement && !e.inert);
  const close = () => {
    for (const e of covered) e.inert = false;
    offLang();
    document.removeEventListener('keydown', onKey);
    layer.remove();
    document.body.classList.remove('fac-guide-open');
    open = null;
    if (returnFocus?.isConnected) returnFocus.focus();
  };
  paint();
  document.addEventListener('keydown', onKey);
  // Inside the facilitator view's root, so closing the view removes the guide with it.
  for (const e of covered) e.inert = true;
  host.append(layer);
  document.body.classList.add('fac-guide-open');
  open = { close };
  layer.querySelector<HTMLElement>('#fac-guide-h')?.focus();
}
