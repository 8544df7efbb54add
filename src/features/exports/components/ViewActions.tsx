import { useEffect, useState } from 'react';
import { downloadBlob } from '../../../lib/download';
import { chartsReady } from '../../../lib/charts-wanted';
import type { Indicator, Report } from '../../../lib/report-schema';
import { exportFileName, reportsCsv, reportsJson } from '../report-export';
import { t } from '../../../lib/messages';

/** Copies through the Clipboard API where allowed (secure origins), else through a selected text field. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const copied = document.execCommand('copy');
    field.remove();
    return copied;
  }
}

/** Prints once the charts are drawn: they load only when wanted (charts-wanted.ts). */
const printWithCharts = () => void chartsReady().then(() => window.print());

/** Ctrl+P (⌘P on a Mac) takes the button's path, so a page printed at once still has its charts. */
function usePrintShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p')
        return;
      event.preventDefault();
      printWithCharts();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

type ActionProps = { label: string; short?: string; onClick: () => void };

/**
 * With `short`, a phone shows that word instead of `label`, to keep the buttons on one row above
 * the figures; `label` stays the button's name, and contains the short word (the name matches what
 * is seen).
 */
function ActionButton({ label, short, onClick }: ActionProps) {
  return (
    <button type="button" onClick={onClick} aria-label={short ? label : undefined}>
      {short ? (
        <>
          <span className="button-label--full">{label}</span>
          <span className="button-label--short">{short}</span>
        </>
      ) : (
        label
      )}
    </button>
  );
}

type Props = { reports: Report[]; indicators: Indicator[] };

/** Handouts and reuse: the data of what is on screen, a printed page, and a link to this exact view. */
export function ViewActions({ reports, indicators }: Props) {
  const [status, setStatus] = useState('');
  usePrintShortcut();
  const name = exportFileName(reports);
  const copyLink = async () => {
    const link = window.location.href;
    setStatus((await copyText(link)) ? t('exports.copied') : t('exports.copyFailed', { link }));
  };
  return (
    <div className="view-actions" role="group" aria-label={t('exports.group')}>
      <ActionButton
        label={t('exports.csv')}
        short={t('exports.csvShort')}
        onClick={() =>
          downloadBlob(new Blob([reportsCsv(reports, indicators)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`)
        }
      />
      <ActionButton
        label={t('exports.json')}
        short={t('exports.jsonShort')}
        onClick={() => downloadBlob(new Blob([reportsJson(reports)], { type: 'application/json' }), `${name}.json`)}
      />
      <ActionButton label={t('exports.print')} onClick={printWithCharts} />
      <ActionButton label={t('exports.copyLink')} short={t('exports.copyLinkShort')} onClick={() => void copyLink()} />
      <p className="view-actions__status" role="status">
        {status}
      </p>
    </div>
  );
}
