import {
  cloneElement,
  createContext,
  useContext,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactElement,
  type ReactNode,
} from 'react';
import { ResponsiveContainer } from 'recharts';
import { downloadBlob } from '../../lib/download';
import { fileSlug, formatPeriod, formatSourceLine } from '../../lib/format';
import { samePeriod } from '../../lib/periods';
import type { Period, ReportSource } from '../../lib/report-schema';
import { chartPng } from '../../lib/chart-png';
import { SourcePanel } from '../SourcePanel';
import type { SourceEntry } from '../../lib/source-entries';
import { t } from '../../lib/messages';
import { Icon } from '../Icon';

/** A fixed chart width, for environments with no layout (tests); unset, charts fill their container. */
export const FixedChartWidth = createContext<number | undefined>(undefined);

function ChartCanvas({
  height,
  children,
}: {
  height: number;
  children: ReactElement<{ width?: number; height?: number }>;
}) {
  const width = useContext(FixedChartWidth);
  if (width !== undefined) return cloneElement(children, { width, height });
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}

/** A chart's numbers as a table: the first cell of each row is its row header. */
export type ChartTableData = { caption?: string; columns: string[]; rows: { key: string; cells: string[] }[] };

function ChartTable({ caption, columns, rows }: ChartTableData) {
  return (
    <table>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" key={index}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [header, ...cells] }) => (
          <tr key={key}>
            <th scope="row">{header}</th>
            {cells.map((cell, index) => (
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Props = {
  title: string;
  subtitle: string;
  /** The report sentences behind the chart's numbers; the source line names their reports. */
  sources: SourceEntry[];
  notes?: string[];
  legend?: ReactNode;
  table: ChartTableData;
  height: number;
  /** The height on a narrow screen, where the names beside the bars wrap to several lines. */
  narrowHeight?: number;
  children: ReactElement<{ width?: number; height?: number }>;
};

/** Each report once, however many of its sentences the chart draws on. */
function reportsOf(entries: SourceEntry[]): { period: Period; source: ReportSource }[] {
  const reports = new Map(
    entries.map((entry) => [entry.source.id, { period: entry.reportPeriod, source: entry.source }]),
  );
  return [...reports.values()];
}

/** Every chart: a title that states the finding, unit and period, a source line, and the same numbers as a table. */
export function ChartFrame({ title, subtitle, sources, notes = [], legend, table, children, ...sizes }: Props) {
  const id = useId();
  const height = useNarrowScreen() && sizes.narrowHeight ? sizes.narrowHeight : sizes.height;
  const [showTable, setShowTable] = useState(false);
  const [failure, setFailure] = useState('');
  const figureRef = useRef<HTMLElement>(null);
  const downloadPng = async () => {
    try {
      setFailure('');
      downloadBlob(await chartPng(figureRef.current!), `${fileSlug(title)}.png`);
    } catch {
      setFailure(t('exports.pngFailed'));
    }
  };
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} ref={figureRef}>
      <div className="chart__head">
        <div>
          <h3 id={`${id}-title`} className="chart__title">
            {title}
          </h3>
          <p className="chart__subtitle">{subtitle}</p>
        </div>
        <div className="chart__actions">
          <button
            type="button"
            className="chart__toggle"
            aria-pressed={showTable}
            onClick={() => setShowTable(!showTable)}
          >
            {t('chart.showTable')}
          </button>
          {!showTable && (
            <button type="button" className="chart__toggle" onClick={() => void downloadPng()}>
              {t('exports.png')}
            </button>
          )}
        </div>
      </div>
      {showTable ? (
        <div className="chart__table">
          <ChartTable {...table} />
        </div>
      ) : (
        <div role="img" aria-label={`${title}. ${subtitle}`} className="chart__canvas" style={{ height }}>
          <ChartCanvas height={height}>{children}</ChartCanvas>
        </div>
      )}
      {failure && (
        <p className="notice" role="alert">
          {failure}
        </p>
      )}
      {legend}
      {notes.map((note) => (
        <p key={note} className="chart__note">
          <Icon name="info" /> {note}
        </p>
      ))}
      <figcaption className="chart__source">{formatSourceLine(reportsOf(sources))}</figcaption>
      <SourcePanel subject={title} entries={sources} label={t('sources.chartLabel')} />
    </figure>
  );
}

/**
 * The heights of a chart of horizontal bars, which grows with its rows so that labels never
 * crowd; on a narrow screen a row holds its name wrapped to half the chart's width
 * (NameAxis), five lines by default.
 */
export const barRowsHeights = (rows: number, narrowRow = 72) => ({
  height: Math.max(160, rows * 34 + 40),
  narrowHeight: Math.max(160, rows * narrowRow + 40),
});

/**
 * Up to the stylesheet's one-column width (styles.css): charts narrower than about
 * 840 px, where the widest names column (420 px) is halved and its names wrap.
 */
const narrowQuery = '(max-width: 900px)';

function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia?.(narrowQuery);
      query?.addEventListener('change', changed);
      return () => query?.removeEventListener('change', changed);
    },
    () => window.matchMedia?.(narrowQuery).matches ?? false,
    () => false,
  );
}

/** One colour per period, the chosen one named as such. */
export function PeriodLegend({ periods, chosen }: { periods: Period[]; chosen: Period }) {
  return (
    <ChartLegend
      items={periods.map((period, index) => ({
        label: samePeriod(period, chosen) ? t('chart.chosen', { period: formatPeriod(period) }) : formatPeriod(period),
        className: `chart__swatch--series-${index + 1}`,
      }))}
    />
  );
}

/** Legend swatches drawn in HTML, so they read as text and print as they look. */
export function ChartLegend({ items }: { items: { label: string; className: string }[] }) {
  return (
    <ul className="chart__legend">
      {items.map((item) => (
        <li key={item.label}>
          <span className={`chart__swatch ${item.className}`} aria-hidden="true" /> {item.label}
        </li>
      ))}
    </ul>
  );
}
