import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import indicatorsJson from '../../mocks/data/indicators.json';
import report2023Json from '../../mocks/data/reports/2023-9-thang.json';
import report2024Json from '../../mocks/data/reports/2024-ca-nam.json';
import { createHandlers, reportIdOf, reportsFrom, unreadableFiles } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { byEnd } from '../../src/lib/periods';
import type { PeriodSummary } from '../../src/lib/report-schema';

const base = 'http://localhost/api/v1';

const fixtureReports = reportsFrom(
  import.meta.glob('../fixtures/data-2025/reports/*.json', { eager: true, import: 'default' }),
);
const realReports = reportsFrom(
  import.meta.glob('../../mocks/data/reports/*.json', { eager: true, import: 'default' }),
);

type PeriodsBody = { periods: PeriodSummary[] };

/** A stored document reduced to what the period list says of it. */
const period = (year: number, firstMonth: number, lastMonth: number) => ({ year, firstMonth, lastMonth });
const listable = (id: string, year: number, firstMonth: number, lastMonth: number) => ({
  period: period(year, firstMonth, lastMonth),
  source: { id },
});

async function getJson(path: string): Promise<{ status: number; contentType: string | null; body: unknown }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}

describe('GET /api/v1/periods', () => {
  it('lists every report file of mocks/data, by when it ends, the longer first', async () => {
    const { status, body } = await getJson('/periods');
    expect(status).toBe(200);
    const { periods } = body as PeriodsBody;
    expect(periods.map((entry) => entry.reportId)).toEqual(realReports.map(reportIdOf));
    expect(periods.map((entry) => entry.period)).toEqual(byEnd(periods).map((entry) => entry.period));
    for (const entry of periods) {
      const stored = realReports.find((report) => reportIdOf(report) === entry.reportId);
      expect(entry.period).toEqual(stored?.period);
      expect(entry.reportingUnit).toEqual(stored?.reportingUnit);
    }
  });

  it('describes the 2023 and 2024 reviews with their unit, title and date', async () => {
    const { periods } = (await getJson('/periods')).body as PeriodsBody;
    expect(periods.find((entry) => entry.reportId === 'lechan-2023-9m')).toEqual({
      reportId: 'lechan-2023-9m',
      period: period(2023, 1, 9),
      reportingUnit: { id: 'quan-le-chan', name: 'Quận Lê Chân', en: { name: 'Lê Chân District' } },
      title: expect.stringContaining('641,769 tỷ đồng'),
      publishedOn: '2023-09-22',
    });
    // The 2024 article's stored copy carries no date.
    expect(periods.find((entry) => entry.reportId === 'lechan-2024-year')).toMatchObject({
      period: period(2024, 1, 12),
      reportingUnit: { id: 'quan-le-chan' },
      publishedOn: null,
    });
  });

  it('lists a third report once its file is in the reports directory', async () => {
    server.use(...createHandlers(fixtureReports));
    const { periods } = (await getJson('/periods')).body as PeriodsBody;
    expect(periods.map((entry) => entry.reportId)).toEqual(['lechan-2023-9m', 'lechan-2024-year', 'fictional-2025-9m']);
  });
});

describe('GET /api/v1/reports/:id', () => {
  it('returns the stored document as JSON, by its source id', async () => {
    for (const stored of [report2023Json, report2024Json]) {
      const { status, contentType, body } = await getJson(`/reports/${stored.source.id}`);
      expect(status).toBe(200);
      expect(contentType).toContain('application/json');
      expect(body).toEqual(stored);
    }
  });

  it('serves an added report file', async () => {
    server.use(...createHandlers(fixtureReports));
    const { status, body } = await getJson('/reports/fictional-2025-9m');
    expect(status).toBe(200);
    expect(body).toMatchObject({ period: period(2025, 1, 9), source: { id: 'fictional-2025-9m' } });
  });

  it.each([['lechan-1999-year'], ['2024']])('answers 404 report_not_found with a JSON error for "%s"', async (id) => {
    const { status, contentType, body } = await getJson(`/reports/${id}`);
    expect(status).toBe(404);
    expect(contentType).toContain('application/json');
    expect(body).toEqual({
      error: { code: 'report_not_found', message: `Không có báo cáo "${id}".` },
    });
  });
});

describe('other routes', () => {
  it('GET /api/v1/indicators returns the catalogue', async () => {
    const { status, body } = await getJson('/indicators');
    expect(status).toBe(200);
    expect(body).toEqual(indicatorsJson);
  });

  it('answers 404 not_found for an unknown API route', async () => {
    const { status, body } = await getJson('/budget');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('reportsFrom', () => {
  it('keeps every report file of mocks/data/reports: none is silently skipped', () => {
    const files = readdirSync(join(import.meta.dirname, '../../mocks/data/reports')).filter((name) =>
      name.endsWith('.json'),
    );
    expect(files.length).toBeGreaterThan(0);
    expect(realReports).toHaveLength(files.length);
  });

  it('keeps the three fixture reports, oldest first', () => {
    expect(fixtureReports.map(reportIdOf)).toEqual(['lechan-2023-9m', 'lechan-2024-year', 'fictional-2025-9m']);
  });

  it('orders by end whatever the order of the modules; of two ending together, the longer first', () => {
    const documents = reportsFrom({
      'e.json': listable('year-2024', 2024, 1, 12),
      'b.json': listable('sep-2023', 2023, 9, 9),
      'a.json': listable('q1-2024', 2024, 1, 3),
      'c.json': listable('nine-2023', 2023, 1, 9),
      'd.json': listable('dec-2024', 2024, 12, 12),
    });
    expect(documents.map(reportIdOf)).toEqual(['nine-2023', 'sep-2023', 'q1-2024', 'year-2024', 'dec-2024']);
  });

  it.each([
    ['a period of the old shape', { period: { kind: 'year', year: 2023 }, source: { id: 'old' } }],
    ['a year written as text', { period: { year: '2023', firstMonth: 1, lastMonth: 12 }, source: { id: 'text' } }],
    ['months in the wrong order', { period: period(2023, 9, 1), source: { id: 'backwards' } }],
    ['no source id', { period: period(2023, 1, 12), source: {} }],
  ])('leaves out a module with %s', (_, document) => {
    const documents = reportsFrom({ 'a.json': document, 'b.json': listable('ok', 2024, 1, 12) });
    expect(documents.map(reportIdOf)).toEqual(['ok']);
  });
});

describe('a data file whose period cannot be read', () => {
  it('makes the period list fail, naming the file, instead of vanishing', async () => {
    const modules = {
      './data/reports/good.json': listable('good', 2024, 1, 12),
      './data/reports/bad.json': { period: { year: 2024 }, source: { id: 'bad' } },
    };
    expect(unreadableFiles(modules)).toEqual(['bad.json']);
    server.use(...createHandlers(reportsFrom(modules), undefined, unreadableFiles(modules)));
    const response = await fetch('http://localhost/api/v1/periods');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: { code: 'data_file_unreadable', message: 'Không đọc được kỳ báo cáo trong tệp dữ liệu: bad.json.' },
    });
  });
});
