// Colours: warm paper, dark ink, the core's red reserved for the Party organisation and
// coordination, Okabe–Ito (colour-blind safe) for modes and forces — each also carries a badge.
import type { Force, Mode } from '../core';

export const PAPER = '#f6f1e6';
export const PANEL = '#fcfaf4';
export const LINE = '#e0d6c2';
export const INK = '#1f2328';
export const INK_SOFT = '#5b5f66';
export const CORE_RED = '#b8141f';
export const DRIFT_GREY = '#8f959c';
export const DRIFT_FILL = '#eceef0';
export const WARN = '#a3330c';
export const FOCUS_BLUE = '#1559d6';
/** The five modes' pentagon. */
export const RADAR_INK = '#33415c';

/** Okabe–Ito. */
export const OI = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

export const MODE_COLOUR: Record<Mode, string> = {
  political: OI.vermillion,
  autonomy: OI.orange,
  law: OI.blue,
  virtue: OI.green,
  smart: OI.purple,
};

export const FORCE_COLOUR: Record<Force, string> = {
  community: OI.orange,
  socialOrgs: OI.yellow,
  socialWorkers: OI.sky,
  volunteers: OI.green,
  charity: OI.purple,
};

/** Ink on a badge of this colour with enough contrast. */
export function inkOn(colour: string): string {
  return colour === OI.blue || colour === OI.vermillion || colour === CORE_RED ? '#ffffff' : '#111111';
}

export function hexToInt(hex: string): number {
  return Number.parseInt(hex.slice(1), 16);
}

/** The alignment chart's lines: Okabe–Ito's yellow is too pale for a thin line on paper. */
export const CHART_ALIGNMENT_COLOUR: Record<Force, string> = {
  ...FORCE_COLOUR,
  socialOrgs: '#b8a000',
};
