/**
 * How each conformance status is shown to people: words (English and Welsh) and an icon, so
 * that status is never told by colour alone. The web component and the static SVG badge both
 * read this table.
 */
import type { ConformanceStatus } from '../format/kinds/conformance-statement.js';

/** The languages the displays are written in. */
export type DisplayLanguage = 'en' | 'cy';

/** The icon that goes with a status; `path` is SVG path data in a 16 x 16 box. */
export interface StatusIcon {
  readonly name: 'tick' | 'half' | 'cross' | 'clock' | 'dash';
  readonly path: string;
}

export interface StatusDisplay {
  readonly label: Record<DisplayLanguage, string>;
  readonly icon: StatusIcon;
  /** A tone for colour: a supporting signal only. */
  readonly tone: 'positive' | 'warning' | 'negative' | 'neutral';
}

const ICONS = {
  tick: { name: 'tick', path: 'M6.2 11.6 2.8 8.2l-1.4 1.4 4.8 4.8 8.4-8.4-1.4-1.4z' },
  half: { name: 'half', path: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2v10a5 5 0 0 1 0-10z' },
  cross: {
    name: 'cross',
    path: 'M3.1 1.7 1.7 3.1 6.6 8l-4.9 4.9 1.4 1.4L8 9.4l4.9 4.9 1.4-1.4L9.4 8l4.9-4.9-1.4-1.4L8 6.6z',
  },
  clock: {
    name: 'clock',
    path: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2a5 5 0 1 1 0 10A5 5 0 0 1 8 3zm-.8 1.5v4.3l3.4 2 .8-1.3-2.6-1.5V4.5z',
  },
  dash: { name: 'dash', path: 'M2 7h12v2H2z' },
} as const satisfies Record<string, StatusIcon>;

/** The display of every status. */
export const statusDisplays: Readonly<Record<ConformanceStatus, StatusDisplay>> = {
  conformant: { label: { en: 'Conformant', cy: 'Yn cydymffurfio' }, icon: ICONS.tick, tone: 'positive' },
  'partially-conformant': {
    label: { en: 'Partially conformant', cy: 'Yn cydymffurfio’n rhannol' },
    icon: ICONS.half,
    tone: 'warning',
  },
  'not-conformant': {
    label: { en: 'Not conformant', cy: 'Ddim yn cydymffurfio' },
    icon: ICONS.cross,
    tone: 'negative',
  },
  'in-progress': { label: { en: 'In progress', cy: 'Ar y gweill' }, icon: ICONS.clock, tone: 'neutral' },
  withdrawn: { label: { en: 'Withdrawn', cy: 'Wedi’i dynnu’n ôl' }, icon: ICONS.dash, tone: 'neutral' },
};
