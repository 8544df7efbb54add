import { deriveFromFigure } from '../../../lib/derive';
import { formatDate, formatDerivation, formatPeriod } from '../../../lib/format';
import type { Figure, ReportSource as Source } from '../../../lib/report-schema';

export function SourceCitation({ source }: { source: Source }) {
  return (
    <p className="source-citation">
      {source.title}. {source.outlet}, {source.author},{' '}
      {source.publishedOn ? `ngày ${formatDate(source.publishedOn)}` : 'không ghi ngày đăng'}.
    </p>
  );
}

function FigureSource({ figure }: { figure: Figure }) {
  const derived = deriveFromFigure(figure);
  return (
    <section className="report-source__figure" aria-label={formatPeriod(figure.period)}>
      <p className="report-source__period">{formatPeriod(figure.period)}</p>
      <blockquote lang="vi">“{figure.quote}”</blockquote>
      {figure.note && <p className="report-source__note">{figure.note}</p>}
      {derived.length > 0 && (
        <>
          <p>Số suy ra (không có trong báo cáo, làm tròn):</p>
          <ul>
            {derived.map((item) => (
              <li key={`${item.kind}-${item.basis}`}>{formatDerivation(item)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Where figures come from: the report's sentences, the report, and what is derived from them. */
export function ReportSource({ figures, source }: { figures: Figure[]; source: Source }) {
  return (
    <details className="report-source">
      <summary>Nguồn và cách tính</summary>
      {figures.map((figure) => (
        <FigureSource key={figure.id} figure={figure} />
      ))}
      <SourceCitation source={source} />
    </details>
  );
}
