import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

type Props = {
  /** The button's words (and mark), seen on a phone only. */
  label: ReactNode;
  /** Classes of the wrapper, e.g. "phone-disclosure--menu". */
  className?: string;
  /** Classes of the panel, which keeps its own layout on wider screens. */
  panelClassName?: string;
  children: ReactNode;
};

/**
 * What a phone's first screen has no room for, behind one button (aria-expanded, Esc closes it and
 * gives the button its focus back); wider screens show the panel as it is and no button (styles.css).
 */
export function PhoneDisclosure({ label, className = '', panelClassName = '', children }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    // Esc in a dialog inside (a chart's sources) closes that dialog only.
    if (event.key !== 'Escape' || !open || (event.target as Element).closest('dialog')) return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className={`phone-disclosure ${className}`} data-open={open || undefined} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="phone-disclosure__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={panelId} className={`phone-disclosure__panel ${panelClassName}`}>
        {children}
      </div>
    </div>
  );
}
