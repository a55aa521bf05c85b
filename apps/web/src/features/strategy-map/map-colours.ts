import {
  IconBan,
  IconCircleCheck,
  IconCircleDashed,
  IconCloud,
  IconCloudStorm,
  IconHelpCircle,
  IconPlayerPlay,
  IconSun,
  type Icon,
} from '@tabler/icons-react';
import type { ColourMode } from './map-model';

/**
 * The classes of each colouring with their look. Colour is never the only sign: every class has
 * its icon or number, its name in the legend, and the light ones a dashed border or a pattern
 * (see strategy-map.module.css); white text only on dark backgrounds (≥ 4.5:1).
 */
export interface ClassLook {
  key: string;
  background: string;
  color: string;
  icon: Icon | null;
  /** The same icon as a CSS glyph (glyphs/<name>.svg): the map draws hundreds, an SVG element each would weigh. */
  glyph: string | null;
}

const dark = '#212529';
const white = '#ffffff';

export const classLooks: Record<ColourMode, ClassLook[]> = {
  status: [
    { key: 'not_started', background: '#f1f3f5', color: dark, icon: IconCircleDashed, glyph: 'not-started' },
    { key: 'in_progress', background: '#1864ab', color: white, icon: IconPlayerPlay, glyph: 'in-progress' },
    { key: 'done', background: '#1b6e3a', color: white, icon: IconCircleCheck, glyph: 'done' },
    { key: 'stopped', background: '#8a4b00', color: white, icon: IconBan, glyph: 'stopped' },
  ],
  weather: [
    { key: 'sunny', background: '#ffe066', color: dark, icon: IconSun, glyph: 'sunny' },
    { key: 'cloudy', background: '#ced4da', color: dark, icon: IconCloud, glyph: 'cloudy' },
    { key: 'stormy', background: '#a51d2d', color: white, icon: IconCloudStorm, glyph: 'stormy' },
    { key: 'none', background: '#ffffff', color: dark, icon: IconHelpCircle, glyph: 'unknown' },
  ],
  progress: [
    { key: 'none', background: '#f1f3f5', color: dark, icon: null, glyph: null },
    { key: 'low', background: '#d0ebff', color: dark, icon: null, glyph: null },
    { key: 'mid', background: '#74c0fc', color: dark, icon: null, glyph: null },
    { key: 'high', background: '#1864ab', color: white, icon: null, glyph: null },
    { key: 'full', background: '#1b6e3a', color: white, icon: IconCircleCheck, glyph: 'done' },
  ],
};

export const lookOf = (mode: ColourMode, key: string): ClassLook => classLooks[mode].find((look) => look.key === key) ?? classLooks[mode][0]!;

/** Indicator status: a word on the chip, the colour only backs it up. */
export const indicatorLooks: Record<string, { background: string; color: string }> = {
  on_track: { background: '#d3f9d8', color: '#1b4d2b' },
  at_risk: { background: '#fff3bf', color: '#5c3c00' },
  off_track: { background: '#ffe3e3', color: '#8a1c1c' },
  no_target: { background: '#f1f3f5', color: dark },
  none: { background: '#ffffff', color: dark },
};
