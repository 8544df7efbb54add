import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatCalculation, formatDate, formatDerivation } from '../lib/format';
import type { ReportSource } from '../lib/report-schema';
import type { SourceEntry } from '../lib/source-entries';
import { t } from '../lib/messages';
import { currentLocale, inLanguage } from '../lib/locale';

export function SourceCitation({ source }: { source: ReportSource }) {
  return (
    <p className="source-citation">
      <cite lang="vi">{source.title}</cite>. <span lang="vi">{source.outlet}</span>,{' '}
      {source.author && <>{source.author}, </>}
      {source.publishedOn ? t('sources.published', { date: formatDate(source.publishedOn) }) : t('source.noDate')}.
      {source.url && (
        <>
          {' '}
          <a href={source.url} rel="noreferrer">
            {source.url.replace(/^https?:\/\//, '')}
          </a>
        </>
      )}
      {source.note && <span className="source-citation__note"> {inLanguage(source.note, source.en?.note)}</span>}
    </p>
  );
}

function EntrySource({ entry }: { entry: SourceEntry }) {
  return (
    <section className="source-panel__entry" aria-label={entry.heading}>
      <p className="source-panel__heading">{entry.heading}</p>
      <blockquote lang="vi">“{entry.quote}”</blockquote>
      {entry.note && <p className="source-panel__note">{entry.note}</p>}
      {entry.readings.map((reading) => (
        <p key={reading} className="source-panel__note">
          {reading}
        </p>
      ))}
      {entry.derived.length > 0 && (
        <>
          <p>{t('sources.derived')}</p>
          <ul>
            {entry.derived.map((item) => (
              <li key={`${item.kind}-${item.basis}`}>
                {formatDerivation(item)}
                <br />
                <span className="source-panel__calculation">
                  {t('sources.calculation', { steps: formatCalculation(item) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The open panel's content: its title, the entries, and each report cited once. */
function PanelContent({
  id,
  entries,
  subject,
  label,
  onClose,
}: {
  id: string;
  entries: SourceEntry[];
  subject: string;
  label: string;
  onClose: () => void;
}) {
  const sources = [...new Map(entries.map((entry) => [entry.source.id, entry.source])).values()];
  return (
    <div className="source-panel__body">
      <header className="source-panel__header">
        <div>
          <p id={`${id}-label`} className="source-panel__label">
            {label}
          </p>
          <h2 id={`${id}-subject`} className="source-panel__subject">
            {subject}
          </h2>
        </div>
        <button type="button" className="source-panel__close" onClick={onClose}>
          {t('sources.close')}
        </button>
      </header>
      {currentLocale() === 'en' && <p className="source-panel__language">{t('sources.quoteLanguage')}</p>}
      {entries.map((entry) => (
        <EntrySource key={entry.key} entry={entry} />
      ))}
      {sources.map((source) => (
        <SourceCitation key={source.id} source={source} />
      ))}
    </div>
  );
}

/**
 * "Where does this number come from?": the report's own sentences, the report,
 * and every derived figure with its arithmetic. A modal panel over the page: in
 * a 220 px tile the text had no room and stretched the whole row. The native
 * dialog moves focus into it, keeps it there, closes on Esc, and leaves the page
 * behind it where it was. Paper hides it (styles.css): print shows the figures.
 *
 * Its content is rendered when first opened: the closed panels of a screen were 212 of its 560
 * elements, which every period switch built again, and the page prerendered and hydrated.
 */
export function SourcePanel({
  entries,
  subject,
  label = t('sources.label'),
}: {
  entries: SourceEntry[];
  /** What the panel is about (the tile's or chart's title): it names the dialog with the label. */
  subject: string;
  label?: string;
}) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [opened, setOpened] = useState(false);
  const open = () => {
    // The content must be in the dialog before it opens: showModal focuses its first control.
    flushSync(() => setOpened(true));
    dialogRef.current?.showModal();
  };
  const close = () => dialogRef.current?.close();
  return (
    <div className="source-panel">
      <button type="button" ref={openerRef} className="source-panel__open" aria-haspopup="dialog" onClick={open}>
        {label}
      </button>
      <dialog
        ref={dialogRef}
        className="source-panel__dialog"
        aria-labelledby={opened ? `${id}-label ${id}-subject` : undefined}
        // Esc, the close button and a click beside the panel all end here: focus goes back to the button.
        onClose={() => openerRef.current?.focus()}
        onClick={(event) => event.target === event.currentTarget && close()}
      >
        {opened && <PanelContent id={id} entries={entries} subject={subject} label={label} onClose={close} />}
      </dialog>
    </div>
  );
}
