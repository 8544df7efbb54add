import { formatDate, formatPeriod } from '../../../lib/format';
import type { Report } from '../../../lib/report-schema';

export function DashboardHeader({ report }: { report: Report }) {
  const { source } = report;
  return (
    <div className="report-heading">
      <p className="report-heading__period">{formatPeriod(report.period)}</p>
      <p className="report-heading__meta">
        {source.meeting} ·{' '}
        {source.publishedOn ? `Bài đăng ngày ${formatDate(source.publishedOn)}` : 'Bài không ghi ngày đăng'} · Nguồn:{' '}
        {source.outlet}, {source.author}
      </p>
      <p className="report-heading__theme">
        Chủ đề năm của quận: <q>{report.theme.district}</q>
      </p>
    </div>
  );
}
