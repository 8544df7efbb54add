import { formatDate, formatPeriod } from '../../../lib/format';
import type { Report } from '../../../lib/report-schema';
import { t } from '../../../lib/messages';
import { inLanguage } from '../../../lib/locale';

export function DashboardHeader({ report }: { report: Report }) {
  const { source } = report;
  return (
    <div className="report-heading">
      <p className="report-heading__period">{formatPeriod(report.period)}</p>
      <p className="report-heading__meta">
        {inLanguage(source.meeting, source.en?.meeting)} ·{' '}
        {source.publishedOn ? t('header.published', { date: formatDate(source.publishedOn) }) : t('header.noDate')} ·{' '}
        {t('header.source', { outlet: source.outlet, author: source.author })}
      </p>
      <p className="report-heading__theme">
        {t('header.theme')} <q lang="vi">{report.theme.district}</q>
      </p>
    </div>
  );
}
