// Line charts of the months as inline SVG: sharp at any size and printable. Each line also has a
// dash pattern and an end label with its badge, so colour is never the only cue.
import { signed, t } from '../i18n';
import { h, svg } from './h';

export interface Series {
  name: string;
  badge: string;
  colour: string;
  dash?: string;
  values: number[];
}

const CW = 560;
const CH = 290;
const PAD = { l: 44, r: 70, t: 16, b: 36 };
/** Vertical distance between two end labels. */
const LABEL_GAP = 18;

export function lineChart(title: string, series: Series[], months: number[]): HTMLElement {
  const iw = CW - PAD.l - PAD.r;
  const ih = CH - PAD.t - PAD.b;
  const maxX = Math.max(1, months[months.length - 1] ?? 1);
  const x = (m: number) => PAD.l + (iw * m) / maxX;
  const y = (v: number) => PAD.t + ih - (ih * Math.max(0, Math.min(100, v))) / 100;
  const root = svg('svg', {
    viewBox: `0 0 ${CW} ${CH}`,
    width: CW,
    height: CH,
    class: 'chart-svg',
    role: 'img',
    'aria-label': `${title}${t('ui.colon')}${series
      .map((s) => t('chart.label', { name: s.name, values: s.values.join(', ') }))
      .join(t('ui.sep'))}`,
  });
  for (const v of [0, 50, 100]) {
    root.append(
      svg('line', { x1: PAD.l, x2: PAD.l + iw, y1: y(v), y2: y(v), class: 'grid' }),
      svg('text', { x: PAD.l - 8, y: y(v) + 6, class: 'axis', 'text-anchor': 'end' }, String(v)),
    );
  }
  const step = Math.max(1, Math.ceil(maxX / 12));
  for (const m of months) {
    if (m % step !== 0 && m !== maxX) continue;
    root.append(svg('text', { x: x(m), y: CH - 10, class: 'axis', 'text-anchor': 'middle' }, String(m)));
  }
  const ends: { y: number; s: Series }[] = [];
  for (const s of series) {
    const pts = s.values.map((v, i) => `${x(months[i] ?? i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    const attrs: Record<string, string | number> = {
      points: pts,
      fill: 'none',
      stroke: s.colour,
      'stroke-width': 4,
    };
    if (s.dash) attrs['stroke-dasharray'] = s.dash;
    root.append(svg('polyline', attrs));
    const last = s.values[s.values.length - 1];
    if (last !== undefined) ends.push({ y: y(last), s });
  }
  // End labels, nudged apart so they never overlap, and kept within the plot: pushed down from the top,
  // then, where that ran them below the 0 line (into the months' axis, or off the chart: a play-tester's
  // five forces ending near 20 drew "H 18" over the axis), pushed back up from it.
  ends.sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) ends[i]!.y = Math.max(ends[i]!.y, ends[i - 1]!.y + LABEL_GAP);
  for (let i = ends.length - 1; i >= 0; i--)
    ends[i]!.y = Math.min(ends[i]!.y, y(0) - (ends.length - 1 - i) * LABEL_GAP);
  for (const e of ends) {
    const last = e.s.values[e.s.values.length - 1] ?? 0;
    root.append(
      svg(
        'text',
        { x: PAD.l + iw + 6, y: e.y + 6, class: 'end-label', fill: '#1f2328' },
        `${e.s.badge} ${last}`,
      ),
    );
  }
  return h(
    'figure',
    { class: 'chart' },
    h('figcaption', null, title),
    root,
    h(
      'p',
      { class: 'chart-key' },
      series.map((s) => {
        const first = s.values[0] ?? 0;
        const last = s.values[s.values.length - 1] ?? 0;
        return h(
          'span',
          { class: 'key-item' },
          h('span', {
            class: 'key-line',
            style: { borderTopColor: s.colour, borderTopStyle: s.dash ? 'dashed' : 'solid' },
          }),
          `${s.badge} ${s.name} ${first}→${last} (${signed(last - first)})`,
        );
      }),
    ),
  );
}
