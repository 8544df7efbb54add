/**
 * The interface's symbols, drawn as SVG. As characters (▲ ✔ ⛶ ⚠…) they were missing from
 * the page's typeface, so each machine drew them with whatever font it had: a box on one
 * meeting-room laptop, a colour emoji on another, and on every first load a search through
 * the system's fonts before the first screen could be laid out.
 */
/** The status marks' outlines, also drawn inside the charts (chart-style.tsx), where no class applies. */
export const statusMarkPaths = {
  up: { d: 'M8 2.5 14.5 13.5h-13z', line: false },
  down: { d: 'M1.5 2.5h13L8 13.5z', line: false },
  check: { d: 'M2.5 8.5 6.5 12.5 13.5 3.5', line: true },
};

const shapes = {
  up: <path d={statusMarkPaths.up.d} />,
  down: <path d={statusMarkPaths.down.d} />,
  check: <path d={statusMarkPaths.check.d} className="icon__line" />,
  partial: (
    <>
      <circle cx="8" cy="8" r="5.75" className="icon__line" />
      <path d="M8 8V2.25A5.75 5.75 0 0 1 13.75 8z" />
    </>
  ),
  arrowUp: <path d="M8 14V2.5M3 7.5l5-5 5 5" className="icon__line" />,
  arrowDown: <path d="M8 2v11.5M3 8.5l5 5 5-5" className="icon__line" />,
  arrowRight: <path d="M2 8h11.5M8.5 3l5 5-5 5" className="icon__line" />,
  play: <path d="M4 2.5 13.5 8 4 13.5z" />,
  previous: <path d="M12 2.5 2.5 8l9.5 5.5z" />,
  pause: <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" />,
  fullscreen: <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" className="icon__line" />,
  menu: <path d="M2 3.5h12M2 8h12M2 12.5h12" className="icon__line" />,
  close: <path d="M3 3l10 10M13 3 3 13" className="icon__line" />,
  warning: (
    <>
      <path d="M8 1.75 15 14.25H1z" className="icon__line" />
      <path d="M8 6v4" className="icon__line" />
      <circle cx="8" cy="12.1" r="0.95" />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="6.25" className="icon__line" />
      <path d="M8 7v4.5" className="icon__line" />
      <circle cx="8" cy="4.75" r="0.95" />
    </>
  ),
};

export type IconName = keyof typeof shapes;

/** A symbol beside words that say the same: hidden from screen readers, sized and coloured like the text. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-icon={name}>
      {shapes[name]}
    </svg>
  );
}
