import { formatDate, formatPeriod, formatUnitOfReport } from '../../../lib/format';
import type { Report } from '../../../lib/report-schema';
import { t } from '../../../lib/messages';
import { inLanguage } from '../../../lib/locale';
import { PhoneDisclosure } from '../../../components/PhoneDisclosure';

/** The period, then what the report says of itself: a short report may name no meeting, author, date or theme. */
export function DashboardHeader({ report }: { report: Report }) {
  const { source } = report;
  const meta = [
    source.meeting && inLanguage(source.meeting, source.en?.meeting),
    source.publishedOn ? t('header.published', { date: formatDate(source.publishedOn) }) : t('header.noDate'),
    source.author
      ? t('header.source', { outlet: source.outlet, author: source.author })
      : t('header.outlet', { outlet: source.outlet }),
  ].filter(Boolean);
  return (
    <div className="report-heading">
      {/* One row: the unit beside the period costs the first screen no height. */}
      <div className="report-heading__title">
        <p className="report-heading__period">{formatPeriod(report.period)}</p>
        <p className="report-heading__unit">{formatUnitOfReport(report.reportingUnit)}</p>
      </div>
      {/* On a phone the description folds away: it filled the first screen where the figures belong. */}
      <PhoneDisclosure label={t('header.more')} className="phone-disclosure--more">
        <p className="report-heading__meta">{meta.join(' · ')}</p>
        {report.theme && (
          <p className="report-heading__theme">
            {t('header.theme')} <q lang="vi">{report.theme.district}</q>
          </p>
        )}
      </PhoneDisclosure>
    </div>
  );
}
