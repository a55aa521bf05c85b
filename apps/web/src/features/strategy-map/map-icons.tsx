import { IconChartLine, IconStarFilled, type Icon } from '@tabler/icons-react';
import { classLooks } from './map-colours';

/**
 * A large map draws hundreds to thousands of small icons. Each is a <use> of a symbol defined once
 * per page (MapIconSprite) rather than a whole SVG with its paths: those paths were about a third
 * of the map's elements, each one created, styled and laid out.
 */
const spriteIcons: Icon[] = [
  ...new Set([...Object.values(classLooks).flatMap((looks) => looks.map((look) => look.icon)), IconStarFilled, IconChartLine]),
].filter((icon): icon is Icon => icon !== null);
const symbolIds = new Map<Icon, string>(spriteIcons.map((icon, index) => [icon, `strategy-map-icon-${index}`]));

/** The symbols, once, hidden; to be rendered before or with any MapIcon. */
export function MapIconSprite() {
  return (
    <svg aria-hidden focusable="false" width="0" height="0" style={{ position: 'absolute' }}>
      {spriteIcons.map((Icon) => (
        <symbol key={symbolIds.get(Icon)} id={symbolIds.get(Icon)} viewBox="0 0 24 24">
          <Icon size={24} />
        </symbol>
      ))}
    </svg>
  );
}

/** One of the map's icons, decorative (the text or label next to it says the same). */
export function MapIcon({ icon, size }: { icon: Icon; size: number }) {
  return (
    <svg aria-hidden focusable="false" width={size} height={size}>
      <use href={`#${symbolIds.get(icon)}`} />
    </svg>
  );
}
