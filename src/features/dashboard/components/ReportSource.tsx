import { deriveFromFigure, type DerivedFigure } from '../../../lib/derive';
import {
  formatAmount,
  formatApproximate,
  formatBasis,
  formatDate,
  formatPercent,
  formatPercentage,
  formatPeriod,
} from '../../../lib/format';
import type { Figure, ReportSource as Source } from '../../../lib/report-schema';

export function derivationText(derived: DerivedFigure): string {
  const { from } = derived;
  const input = formatAmount(from.value, from.decimals, derived.unit);
  const what = derived.kind === 'plan' ? formatBasis(derived.basis) : `${formatPeriod(derived.period)} (cùng kỳ)`;
  const step =
    derived.kind === 'plan'
      ? `${input} = ${formatPercentage(from.percentage)} ${formatBasis(derived.basis)}`
      : `${input}, ${from.percentage.value < 0 ? 'giảm' : 'tăng'} ${formatPercent(Math.abs(from.percentage.value), from.percentage.decimals)} so với cùng kỳ`;
  return `${what}: ${formatApproximate(derived.value, derived.unit)} (suy ra từ ${step})`;
}

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
              <li key={`${item.kind}-${item.basis}`}>{derivationText(item)}</li>
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
