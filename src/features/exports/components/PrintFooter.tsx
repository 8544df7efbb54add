import { useEffect, useState } from 'react';
import { formatDate, formatPeriod, formatSource } from '../../../lib/format';
import type { Report } from '../../../lib/report-schema';

const today = () => {
  const now = new Date();
  return formatDate(
    `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`,
  );
};

/** Only on paper: which reports the handout comes from, and when it was printed. */
export function PrintFooter({ reports }: { reports: Report[] }) {
  const [printedOn, setPrintedOn] = useState(today);
  useEffect(() => {
    const update = () => setPrintedOn(today());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return (
    <footer className="print-footer">
      <p>
        Nguồn:{' '}
        {reports
          .map((report) => `báo cáo ${formatPeriod(report.period).toLowerCase()} (${formatSource(report.source)})`)
          .join('; ')}
        . Số có dấu ≈ là số suy ra từ số liệu báo cáo, không có trong báo cáo.
      </p>
      <p>In ngày {printedOn} từ bảng chỉ tiêu quận Lê Chân.</p>
    </footer>
  );
}
