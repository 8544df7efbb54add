import { http, HttpResponse, type JsonBodyType } from 'msw';
import { byEnd } from '../src/lib/periods';
import { Period } from '../src/lib/report-schema';

// `@dataset` is mocks/data, or the folder KPI_DATA_DIR names at build time (build/data-dir.ts).
// Glob options must be written out in each call: Vite reads them from the source.
const catalogueModules = import.meta.glob('@dataset/indicators.json', { eager: true, import: 'default' });
const indicators: unknown = Object.values(catalogueModules)[0];

/**
 * The embedded API (docs/API.md), served by MSW: by the service worker in the
 * browser and by msw/node in the tests. Documents are served as stored; the
 * client validates them, as it would a real backend's answers.
 */

type StoredReport = {
  period: Period;
  reportingUnit?: unknown;
  source?: { id?: unknown; title?: unknown; publishedOn?: unknown };
};

/** A stored report whose period and id can be read: enough to list it. `npm run data:check` checks the rest. */
function listable(document: unknown): document is StoredReport {
  const stored = document as StoredReport | null;
  return Period.safeParse(stored?.period).success && typeof stored?.source?.id === 'string';
}

export function reportIdOf(document: StoredReport): string {
  return String(document.source?.id);
}

/** Every report file found, in the order the filter lists them. A file dropped into reports/ is picked up here. */
export function reportsFrom(modules: Record<string, unknown>): StoredReport[] {
  return byEnd(Object.values(modules).filter(listable));
}

/** Files whose period or id cannot be read: they cannot be listed, and must not vanish silently. */
export function unreadableFiles(modules: Record<string, unknown>): string[] {
  return Object.entries(modules)
    .filter(([, document]) => !listable(document))
    .map(([path]) => path.split('/').at(-1) ?? path);
}

function apiError(status: number, code: string, message: string) {
  return HttpResponse.json({ error: { code, message } }, { status });
}

/** `GET /periods`: one entry per report, enough to build the filter without fetching any report. */
export function periodList(reports: readonly StoredReport[]) {
  return {
    periods: reports.map((report) => ({
      reportId: reportIdOf(report),
      period: report.period,
      reportingUnit: report.reportingUnit,
      title: report.source?.title,
      publishedOn: report.source?.publishedOn,
    })),
  };
}

export function createHandlers(reports: StoredReport[], catalogue: unknown = indicators, unreadable: string[] = []) {
  return [
    // Most requests are for reports, and msw does some work for every handler it tries: reports first.
    http.get('*/api/v1/reports/:id', ({ params }) => {
      const report = reports.find((document) => reportIdOf(document) === params.id);
      return report
        ? HttpResponse.json(report as JsonBodyType)
        : apiError(404, 'report_not_found', `Không có báo cáo "${String(params.id)}".`);
    }),
    http.get('*/api/v1/periods', () =>
      unreadable.length > 0
        ? apiError(
            500,
            'data_file_unreadable',
            `Không đọc được kỳ báo cáo trong tệp dữ liệu: ${unreadable.join(', ')}.`,
          )
        : HttpResponse.json(periodList(reports) as JsonBodyType),
    ),
    http.get('*/api/v1/indicators', () => HttpResponse.json(catalogue as JsonBodyType)),
    http.get('*/api/v1/*', () => apiError(404, 'not_found', 'Không có tài nguyên này trong API.')),
  ];
}

const reportModules = import.meta.glob('@dataset/reports/*.json', { eager: true, import: 'default' });
export const handlers = createHandlers(reportsFrom(reportModules), indicators, unreadableFiles(reportModules));
