import {
  cloneElement,
  createContext,
  useContext,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactElement,
  type ReactNode,
} from 'react';
import { ResponsiveContainer } from 'recharts';
import { downloadBlob } from '../../lib/download';
import { fileSlug, formatPeriod, formatSourceLine, formatWithUnit } from '../../lib/format';
import { samePeriod } from '../../lib/periods';
import type { Percentage, Period, ReportSource } from '../../lib/report-schema';
import { chartPng } from '../../lib/chart-png';
import { useTurnToDraw } from '../../lib/draw-turns';
import { SourcePanel } from '../SourcePanel';
import type { SourceEntry } from '../../lib/source-entries';
import { t } from '../../lib/messages';
import { shownStatus } from '../../lib/attainment';
import { categoryColor, statusColor, statusMarks, statusOf } from '../../lib/status';
import { Icon, type IconName } from '../Icon';

/** The level of a chart's title: under a section's h2 on the dashboard, right under a slide's h1 in the presentation. */
export const ChartHeading = createContext<'h2' | 'h3'>('h3');

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
  // Its box keeps the chart's height while it waits: nothing moves when it draws.
  if (!useTurnToDraw()) return null;
  if (width !== undefined) return cloneElement(children, { width, height });
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}

/** A column of a chart's table: numbers stand right-aligned under a header that names their unit. */
export type ChartColumn = { label: string; numeric?: boolean };

/** A chart's numbers as a table: the first cell of each row is its row header. */
export type ChartTableData = { caption?: string; columns: ChartColumn[]; rows: { key: string; cells: string[] }[] };

/** A column of words. */
export const textColumn = (label: string): ChartColumn => ({ label });

/** A column of numbers, its unit in the header ("Tỷ lệ đạt (%)") so that the cells hold the numbers alone. */
export const numberColumn = (label: string, unit?: string): ChartColumn => ({
  label: unit ? formatWithUnit(label, unit) : label,
  numeric: true,
});

const numberClass = (column: ChartColumn | undefined) => (column?.numeric ? 'chart__number' : undefined);

function ChartTable({ caption, columns, rows }: ChartTableData) {
  return (
    <table>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" key={index} className={numberClass(column)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [header, ...cells] }) => (
          <tr key={key}>
            <th scope="row">{header}</th>
            {cells.map((cell, index) => (
              <td key={index} className={numberClass(columns[index + 1])}>
                {cell}
              </td>
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

function ChartTitle({ id, title }: { id: string; title: string }) {
  return useContext(ChartHeading) === 'h2' ? (
    <h2 id={id} className="chart__title">
      {title}
    </h2>
  ) : (
    <h3 id={id} className="chart__title">
      {title}
    </h3>
  );
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
          <ChartTitle id={`${id}-title`} title={title} />
          <p className="chart__subtitle">{subtitle}</p>
        </div>
        <div className="chart__actions">
          {/* The label says where the button leads: to the table, and from it back to the chart. */}
          <button
            type="button"
            className="chart__toggle"
            aria-expanded={showTable}
            aria-controls={`${id}-body`}
            onClick={() => setShowTable(!showTable)}
          >
            {t(showTable ? 'chart.showChart' : 'chart.showTable')}
          </button>
          {!showTable && (
            <button type="button" className="chart__toggle" onClick={() => void downloadPng()}>
              {t('exports.png')}
            </button>
          )}
        </div>
      </div>
      {/* The table and the chart take turns in one place, under the one id the toggle controls. */}
      {showTable ? (
        <div id={`${id}-body`} className="chart__table">
          <ChartTable {...table} />
        </div>
      ) : (
        <div
          id={`${id}-body`}
          role="img"
          aria-label={`${title}. ${subtitle}`}
          className="chart__canvas"
          style={{ height }}
        >
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

let narrowOnScreen = false;

/**
 * Whether the window is narrow, as last seen on screen. Chromium lays a printed page out at the
 * paper's width, which this query reads as narrower than 900 px even on A4 landscape: charts drawn
 * for a wide window were drawn again at their phone heights and shrunk to fit, their names and
 * figures a third of their size on paper.
 */
function narrowScreen(): boolean {
  if (!window.matchMedia) return false;
  if (!window.matchMedia('print').matches) narrowOnScreen = window.matchMedia(narrowQuery).matches;
  return narrowOnScreen;
}

function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia?.(narrowQuery);
      query?.addEventListener('change', changed);
      return () => query?.removeEventListener('change', changed);
    },
    narrowScreen,
    () => false,
  );
}

/** One category colour per period, the chosen one named as such. */
export function PeriodLegend({ periods, chosen }: { periods: Period[]; chosen: Period }) {
  return (
    <ChartLegend
      items={periods.map((period, index) => ({
        label: samePeriod(period, chosen) ? t('chart.chosen', { period: formatPeriod(period) }) : formatPeriod(period),
        color: categoryColor(index),
      }))}
    />
  );
}

/** A share's status in words: as the tiles say it, or, for a share of no named basis, that it names none. */
export const statusWords = (share: Percentage, period: Period) =>
  share.basis === 'unspecified' ? t('attainment.legend.unspecified') : t(`status.${shownStatus(share, period)}`);

/** Each status the shares are drawn in, once, in its colour, mark and words; then what the 100% line is. */
export function statusLegendItems(shares: { share: Percentage; period: Period }[]): LegendItem[] {
  const statuses = new Map(shares.map(({ share, period }) => [statusWords(share, period), statusOf(share, period)]));
  return [
    ...[...statuses].map(([label, status]) => ({
      label,
      color: statusColor(status),
      mark: statusMarks[status],
    })),
    { label: t('chart.fullLine'), className: 'chart__swatch--full' },
  ];
}

/**
 * A legend's entry: its words, and a swatch drawn by a class, a background, or in a colour, which a
 * status's mark takes too where it has one.
 */
export type LegendItem = { label: string; className?: string; swatch?: CSSProperties; color?: string; mark?: IconName };

/** Legend swatches drawn in HTML, so they read as text and print as they look. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart__legend">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className={`chart__swatch ${item.className ?? ''}`}
            style={item.color ? { background: item.color } : item.swatch}
            aria-hidden="true"
          />{' '}
          {item.mark && (
            <span className="chart__mark" style={{ color: item.color }}>
              <Icon name={item.mark} />
            </span>
          )}{' '}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
