import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorTiles } from '../../src/lib/indicator-tiles';
import { economicIndicators } from '../../src/lib/indicator-groups';
import { formatFigureValue, formatIndicatorName, formatNumber, formatPeriod, formatUnit } from '../../src/lib/format';
import { IndicatorCatalogue, Report, type Figure } from '../../src/lib/report-schema';

/**
 * The bench's floor: a plain static HTML page with the dashboard's headline tiles
 * (the "Ngân sách và kinh tế" tiles), generated from the dataset files with the
 * app's own formatting (src/lib/format.ts). No framework, no web font, no data
 * request: what the same server can deliver at best. The other period is in the
 * page, hidden; its link shows it, so a period switch is one attribute change.
 */

/** The economic tiles of the first screen, as ReportView groups them. */

export type HeadlineTile = { id: string; name: string; value: string; period: string };
export type FloorPeriod = { year: number; label: string; tiles: HeadlineTile[] };

/** The tile value's text as IndicatorTile renders it: the number, then the unit (none for n/m ratios). */
export function figureText(figure: Figure): string | null {
  if (figure.value === null) return null;
  if (figure.ratio) return formatFigureValue(figure);
  const unit = formatUnit(figure.unit);
  const number = formatNumber(figure.value, figure.decimals);
  return unit ? `${number} ${unit}` : number;
}

/** Every period in the dataset, oldest first (as the API lists them), with its headline tiles. */
export function floorPeriods(dataDir: string): FloorPeriod[] {
  const catalogue = IndicatorCatalogue.parse(JSON.parse(readFileSync(join(dataDir, 'indicators.json'), 'utf8')));
  const reportsDir = join(dataDir, 'reports');
  const reports = readdirSync(reportsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => Report.parse(JSON.parse(readFileSync(join(reportsDir, name), 'utf8'))))
    .sort((a, b) => a.period.year - b.period.year);
  return reports.map((report) => ({
    year: report.period.year,
    label: formatPeriod(report.period),
    tiles: indicatorTiles(report, economicIndicators(catalogue.indicators)).flatMap((tile) => {
      const value = tile.main && figureText(tile.main);
      return tile.main && value
        ? [
            {
              id: tile.indicator.id,
              name: formatIndicatorName(tile.indicator),
              value,
              period: formatPeriod(tile.main.period),
            },
          ]
        : [];
    }),
  }));
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);

/** The floor page; the latest period is shown, as the dashboard shows it by default. */
export function floorHtml(periods: FloorPeriod[]): string {
  const shown = periods.at(-1)?.year;
  const links = periods
    .map((period) => `<a href="?year=${period.year}" data-year="${period.year}">${escape(period.label)}</a>`)
    .join('\n');
  const sections = periods
    .map(
      (period) => `<section id="y${period.year}"${period.year === shown ? '' : ' hidden'}>
<h2>${escape(period.label)}</h2>
<div class="tiles">
${period.tiles
  .map(
    (tile) =>
      `<article><h3>${escape(tile.name)}</h3><p class="value" elementtiming="headline-figure">${escape(tile.value)}</p><p>${escape(tile.period)}</p></article>`,
  )
  .join('\n')}
</div>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Mức sàn của phép đo: các ô chỉ tiêu chính, trang HTML tĩnh.">
<title>Mức sàn · Kết quả thực hiện chỉ tiêu</title>
<link rel="icon" href="data:,">
<style>
body { font-family: system-ui, sans-serif; margin: 1rem; color: #1a1a1a; }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
article { border: 1px solid #ccc; border-radius: 8px; padding: 1rem; }
h3 { font-size: 1rem; margin: 0; }
.value { font-size: 1.85rem; font-weight: 700; margin: 0.5rem 0; }
nav a { margin-right: 1rem; color: #0b4f9c; }
</style>
</head>
<body>
<header><h1>Kết quả thực hiện chỉ tiêu kinh tế – xã hội và xây dựng Đảng</h1></header>
<main>
<nav aria-label="Chọn kỳ báo cáo">
${links}
</nav>
${sections}
</main>
<script>
document.querySelector('nav').addEventListener('click', function (event) {
  var year = event.target.getAttribute('data-year');
  if (!year) return;
  event.preventDefault();
  document.querySelectorAll('main section').forEach(function (section) { section.hidden = section.id !== 'y' + year; });
});
</script>
</body>
</html>
`;
}
