import { useEffect, useState } from 'react';
import { formatDate, formatReportsCited } from '../../../lib/format';
import type { Report } from '../../../lib/report-schema';
import { t } from '../../../lib/messages';
import { onBeforePrint } from '../../../lib/before-print';

const today = () => {
  const now = new Date();
  return formatDate(
    `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`,
  );
};

/** Only on paper: which reports the handout comes from, and when it was printed. */
export function PrintFooter({ reports }: { reports: Report[] }) {
  // Set after the first render: the prerendered page was built on another day.
  const [printedOn, setPrintedOn] = useState('');
  useEffect(() => {
    const update = () => setPrintedOn(today());
    update();
    return onBeforePrint(update);
  }, []);
  return (
    <footer className="print-footer">
      <p>{t('print.sources', { sources: formatReportsCited(reports) })}</p>
      <p>{t('print.printedOn', { date: printedOn })}</p>
    </footer>
  );
}
