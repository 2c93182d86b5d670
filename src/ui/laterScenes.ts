// The scenes nobody needs before the first board (a month's summary, the debrief, the history) and their
// HTML: a chunk of their own (issue 7, the first board's bytes), fetched once the board is drawn, or at
// once when one is asked for sooner (the title's 历史, a finished game continued). The service worker
// precaches it with the rest, so it is there offline. Loaded through sceneKit's `goToScene`.
import { Debrief } from './Debrief';
import { History } from './History';
import { MonthSummary } from './MonthSummary';

export const LATER_SCENES = [
  ['MonthSummary', MonthSummary],
  ['Debrief', Debrief],
  ['History', History],
] as const;

export type LaterScene = (typeof LATER_SCENES)[number][0];

export { writeFailureText } from './History';
