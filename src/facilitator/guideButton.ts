// The 打印主持指南 / Print facilitator guide button. The guide (its plans and prompts in two
// languages, ./guide.ts) is a chunk of its own, fetched when the button is first pressed, so the
// facilitator view opens no heavier for it.
import { h } from '../dom/h';
import { lang } from '../i18n';

const LABEL = { zh: '打印主持指南', en: 'Print facilitator guide' };

/** A button that opens the guide of the scenario `scenarioId()` names (with the session's code, if any). */
export function guideButton(scenarioId: () => string, code: () => string | null = () => null): HTMLElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'fac-button no-print',
      'data-key': 'open-guide',
      onclick: () => void import('./guide').then(({ openGuide }) => openGuide(scenarioId(), code(), button)),
    },
    LABEL[lang()],
  );
  return button;
}
