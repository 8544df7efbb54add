import { useState } from 'react';
import { downloadBlob } from '../../../lib/download';
import type { Indicator, Report } from '../../../lib/report-schema';
import { exportFileName, reportsCsv, reportsJson } from '../report-export';

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

type Props = { reports: Report[]; indicators: Indicator[] };

/** Handouts and reuse: the data of what is on screen, a printed page, and a link to this exact view. */
export function ViewActions({ reports, indicators }: Props) {
  const [status, setStatus] = useState('');
  const name = exportFileName(reports);
  const copyLink = async () => {
    const link = window.location.href;
    setStatus(
      (await copyText(link)) ? 'Đã sao chép liên kết tới màn hình này.' : `Không sao chép được; liên kết: ${link}`,
    );
  };
  return (
    <div className="view-actions" role="group" aria-label="Tải và chia sẻ">
      <button
        type="button"
        onClick={() =>
          downloadBlob(new Blob([reportsCsv(reports, indicators)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`)
        }
      >
        Tải CSV
      </button>
      <button
        type="button"
        onClick={() => downloadBlob(new Blob([reportsJson(reports)], { type: 'application/json' }), `${name}.json`)}
      >
        Tải JSON
      </button>
      <button type="button" onClick={() => window.print()}>
        In trang
      </button>
      <button type="button" onClick={() => void copyLink()}>
        Sao chép liên kết
      </button>
      <p className="view-actions__status" role="status">
        {status}
      </p>
    </div>
  );
}
