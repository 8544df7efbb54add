import { http, HttpResponse, type JsonBodyType } from 'msw';
import indicators from './data/indicators.json';

/**
 * The embedded API (docs/API.md), served by MSW: by the service worker in the
 * browser and by msw/node in the tests. Documents are served as stored; the
 * client validates them, as it would a real backend's answers.
 */

type StoredReport = {
  period?: { year?: unknown; kind?: unknown };
  source?: { id?: unknown; title?: unknown; publishedOn?: unknown };
};

export function yearOf(document: unknown): number | undefined {
  const year = (document as StoredReport | null)?.period?.year;
  return typeof year === 'number' ? year : undefined;
}

/** Every report file found, newest period last. A file dropped into data/reports/ is picked up here. */
export function reportsFrom(modules: Record<string, unknown>): unknown[] {
  return Object.values(modules)
    .filter((document) => yearOf(document) !== undefined)
    .sort((a, b) => (yearOf(a) ?? 0) - (yearOf(b) ?? 0));
}

/** Files whose period cannot be read: they cannot be listed, and must not vanish silently. */
export function unreadableFiles(modules: Record<string, unknown>): string[] {
  return Object.entries(modules)
    .filter(([, document]) => yearOf(document) === undefined)
    .map(([path]) => path.split('/').at(-1) ?? path);
}

function apiError(status: number, code: string, message: string) {
  return HttpResponse.json({ error: { code, message } }, { status });
}

export function createHandlers(reports: unknown[], catalogue: unknown = indicators, unreadable: string[] = []) {
  return [
    http.get('*/api/v1/periods', () =>
      unreadable.length > 0
        ? apiError(
            500,
            'data_file_unreadable',
            `Không đọc được kỳ báo cáo trong tệp dữ liệu: ${unreadable.join(', ')}.`,
          )
        : HttpResponse.json({
            periods: reports.map((document) => {
              const report = document as Required<StoredReport>;
              return {
                year: yearOf(report),
                period: report.period,
                reportId: report.source?.id,
                title: report.source?.title,
                publishedOn: report.source?.publishedOn,
              };
            }),
          }),
    ),
    http.get('*/api/v1/reports/:year', ({ params }) => {
      const report = reports.find((document) => String(yearOf(document)) === params.year);
      return report
        ? HttpResponse.json(report as JsonBodyType)
        : apiError(404, 'period_not_found', `Không có báo cáo cho kỳ "${String(params.year)}".`);
    }),
    http.get('*/api/v1/indicators', () => HttpResponse.json(catalogue as JsonBodyType)),
    http.get('*/api/v1/*', () => apiError(404, 'not_found', 'Không có tài nguyên này trong API.')),
  ];
}

const reportModules = import.meta.glob('./data/reports/*.json', { eager: true, import: 'default' });
export const handlers = createHandlers(reportsFrom(reportModules), indicators, unreadableFiles(reportModules));
