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

/**
 * "Where does this number come from?": the report's own sentences, the report,
 * and every derived figure with its arithmetic. A disclosure, so it works by
 * keyboard, without script state, and in print.
 */
export function SourcePanel({ entries, label = t('sources.label') }: { entries: SourceEntry[]; label?: string }) {
  const sources = [...new Map(entries.map((entry) => [entry.source.id, entry.source])).values()];
  return (
    <details className="source-panel">
      <summary>{label}</summary>
      {currentLocale() === 'en' && <p className="source-panel__language">{t('sources.quoteLanguage')}</p>}
      {entries.map((entry) => (
        <EntrySource key={entry.key} entry={entry} />
      ))}
      {sources.map((source) => (
        <SourceCitation key={source.id} source={source} />
      ))}
    </details>
  );
}
