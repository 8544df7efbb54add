import { formatCalculation, formatDate, formatDerivation } from '../../../lib/format';
import type { ReportSource } from '../../../lib/report-schema';
import type { SourceEntry } from '../source-entries';

export function SourceCitation({ source }: { source: ReportSource }) {
  return (
    <p className="source-citation">
      {source.title}. {source.outlet}, {source.author},{' '}
      {source.publishedOn ? `ngày ${formatDate(source.publishedOn)}` : 'không ghi ngày đăng'}.
      {source.note && <span className="source-citation__note"> {source.note}</span>}
    </p>
  );
}

function EntrySource({ entry }: { entry: SourceEntry }) {
  return (
    <section className="source-panel__entry" aria-label={entry.heading}>
      <p className="source-panel__heading">{entry.heading}</p>
      <blockquote lang="vi">“{entry.quote}”</blockquote>
      {entry.note && <p className="source-panel__note">{entry.note}</p>}
      {entry.derived.length > 0 && (
        <>
          <p>Số suy ra (không có trong báo cáo, làm tròn):</p>
          <ul>
            {entry.derived.map((item) => (
              <li key={`${item.kind}-${item.basis}`}>
                {formatDerivation(item)}
                <br />
                <span className="source-panel__calculation">Cách tính: {formatCalculation(item)}</span>
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
export function SourcePanel({ entries, label = 'Nguồn và cách tính' }: { entries: SourceEntry[]; label?: string }) {
  const sources = [...new Map(entries.map((entry) => [entry.source.id, entry.source])).values()];
  return (
    <details className="source-panel">
      <summary>{label}</summary>
      {entries.map((entry) => (
        <EntrySource key={entry.key} entry={entry} />
      ))}
      {sources.map((source) => (
        <SourceCitation key={source.id} source={source} />
      ))}
    </details>
  );
}
