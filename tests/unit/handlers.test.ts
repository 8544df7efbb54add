import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import indicatorsJson from '../../mocks/data/indicators.json';
import report2024Json from '../../mocks/data/reports/2024-ca-nam.json';
import { createHandlers, reportsFrom, unreadableFiles, yearOf } from '../../mocks/handlers';
import { server } from '../../mocks/node';

const base = 'http://localhost/api/v1';

const fixtureReports = reportsFrom(
  import.meta.glob('../fixtures/data-2025/reports/*.json', { eager: true, import: 'default' }),
);
const realReports = reportsFrom(
  import.meta.glob('../../mocks/data/reports/*.json', { eager: true, import: 'default' }),
);

type PeriodsBody = { periods: { year: number; period: { kind: string }; reportId: string }[] };

async function getJson(path: string): Promise<{ status: number; contentType: string | null; body: unknown }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}

describe('GET /api/v1/periods', () => {
  it('lists the real reports, 2023 then 2024', async () => {
    const { status, body } = await getJson('/periods');
    expect(status).toBe(200);
    const { periods } = body as PeriodsBody;
    expect(periods.map((period) => period.year)).toEqual([2023, 2024]);
    expect(periods[0]).toEqual({
      year: 2023,
      period: { year: 2023, firstMonth: 1, lastMonth: 9 },
      reportId: 'lechan-2023-9m',
      title: expect.stringContaining('641,769 tỷ đồng'),
      publishedOn: '2023-09-22',
    });
    // The 2024 article's stored copy carries no date.
    expect(periods[1]).toMatchObject({ year: 2024, reportId: 'lechan-2024-year', publishedOn: null });
  });

  it('lists a third report once its file is in the reports directory', async () => {
    server.use(...createHandlers(fixtureReports));
    const { periods } = (await getJson('/periods')).body as PeriodsBody;
    expect(periods.map((period) => period.year)).toEqual([2023, 2024, 2025]);
    expect(periods[2]?.reportId).toBe('fictional-2025-9m');
  });
});

describe('GET /api/v1/reports/:year', () => {
  it('returns the stored document as JSON', async () => {
    const { status, contentType, body } = await getJson('/reports/2024');
    expect(status).toBe(200);
    expect(contentType).toContain('application/json');
    expect(body).toEqual(report2024Json);
  });

  it('serves an added report file', async () => {
    server.use(...createHandlers(fixtureReports));
    const { status, body } = await getJson('/reports/2025');
    expect(status).toBe(200);
    expect(yearOf(body)).toBe(2025);
  });

  it('answers 404 with a JSON error for a year without a report', async () => {
    const { status, contentType, body } = await getJson('/reports/1999');
    expect(status).toBe(404);
    expect(contentType).toContain('application/json');
    expect(body).toEqual({
      error: { code: 'period_not_found', message: 'Không có báo cáo cho kỳ "1999".' },
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
    expect(fixtureReports.map(yearOf)).toEqual([2023, 2024, 2025]);
  });

  it('orders by year whatever the order of the modules', () => {
    const documents = reportsFrom({
      'b.json': { period: { year: 2025 } },
      'a.json': { period: { year: 2023 } },
      'c.json': { period: { year: 2024 } },
    });
    expect(documents.map(yearOf)).toEqual([2023, 2024, 2025]);
  });

  it('leaves out a module without a numeric year', () => {
    const documents = reportsFrom({ 'a.json': { period: { year: '2023' } }, 'b.json': { period: { year: 2024 } } });
    expect(documents.map(yearOf)).toEqual([2024]);
  });
});

describe('a data file whose period cannot be read', () => {
  it('makes the period list fail, naming the file, instead of vanishing', async () => {
    const modules = {
      './data/reports/good.json': { period: { year: 2024 } },
      './data/reports/bad.json': { period: {} },
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
