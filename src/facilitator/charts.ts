// Small multiples: one panel a team, its provisional 考核 score month by month, par's line dashed
// behind it, every panel on the same scale (0 to the highest score shown, the whole term) so the eye
// compares heights across the room. Plain SVG: sharp on a projector, printable, no library to load.
import { svg } from '../dom/h';
import type { Row } from '../view/ranking';
import { ft } from './text';

const W = 300;
const H = 150;
const PAD = { l: 44, r: 10, t: 10, b: 26 };

export interface Scale {
  months: number;
  max: number;
}

export function sharedScale(rows: readonly Row[], par: readonly number[] | null, months: number): Scale {
  let max = Math.max(0, ...(par ?? []));
  for (const r of rows) for (const v of r.shown?.monthScores ?? []) max = Math.max(max, v);
  // A round top so the grid's labels read easily.
  return { months, max: Math.max(100, Math.ceil(max / 100) * 100) };
}

function path(values: readonly number[], scale: Scale): string {
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  return values
    .map((v, i) => {
      const x = PAD.l + (iw * (i + 1)) / scale.months;
      const y = PAD.t + ih - (ih * v) / scale.max;
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** One team's panel; `diverged` marks the first month off par with a vertical rule. */
export function teamChart(
  row: Row,
  par: readonly number[] | null,
  scale: Scale,
  diverged: number | null,
): SVGSVGElement {
  const values = row.shown?.monthScores ?? [];
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'fac-chart',
    role: 'img',
    'aria-label': `${row.team}: ${values.join(', ')}`,
  });
  for (const v of [0, scale.max / 2, scale.max]) {
    const y = PAD.t + ih - (ih * v) / scale.max;
    root.append(
      svg('line', { x1: PAD.l, x2: PAD.l + iw, y1: y, y2: y, class: 'grid' }),
      svg('text', { x: PAD.l - 4, y: y + 5, class: 'axis', 'text-anchor': 'end' }, String(v)),
    );
  }
  root.append(
    // Month 1's point is one step in from the axis (the axis is the term's start): its label sits under it.
    svg('text', { x: PAD.l + iw / scale.months, y: H - 4, class: 'axis', 'text-anchor': 'middle' }, '1'),
    svg('text', { x: PAD.l + iw, y: H - 4, class: 'axis', 'text-anchor': 'end' }, String(scale.months)),
  );
  if (diverged !== null) {
    const x = PAD.l + (iw * diverged) / scale.months;
    root.append(
      svg('line', { x1: x, x2: x, y1: PAD.t, y2: PAD.t + ih, class: 'diverged' }),
      svg('title', null, ft('divergenceMonth', { n: diverged })),
    );
  }
  if (par?.length) root.append(svg('path', { d: path(par, scale), class: 'par-line' }));
  if (values.length) root.append(svg('path', { d: path(values, scale), class: 'team-line' }));
  return root;
}
