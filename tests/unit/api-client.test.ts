import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import indicatorsJson from '../../mocks/data/indicators.json';
import report2023Json from '../../mocks/data/reports/2023-9-thang.json';
import { server } from '../../mocks/node';
import { ApiError, apiUrl, fetchJson, requestPolicy } from '../../src/lib/api-client';
import { IndicatorCatalogue, PeriodList, Report } from '../../src/lib/report-schema';
import { dataReports } from '../support/dataset';

/** Runs the request and returns the ApiError it must fail with. */
async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiUrl', () => {
  it('resolves a path under /api/v1 on the page origin', () => {
    expect(apiUrl('/periods')).toBe(new URL('/api/v1/periods', document.baseURI).toString());
  });

  it('asks for the static files of `npm run build:static-api`, {path}.json, when built for them', async () => {
    vi.stubEnv('VITE_API_BASE_URL', '/api/v1');
    vi.stubEnv('VITE_API_STATIC_FILES', '1');
    vi.resetModules();
    try {
      const client = await import('../../src/lib/api-client');
      expect(client.usesEmbeddedMocks).toBe(false);
      expect(client.apiUrl('/reports/lechan-2024-year')).toBe(
        new URL('/api/v1/reports/lechan-2024-year.json', document.baseURI).toString(),
      );
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe('fetchJson: success', () => {
  it('returns the parsed period list', async () => {
    const list = await fetchJson('/periods', PeriodList);
    expect(list.periods.map((period) => period.reportId)).toEqual(dataReports.map((report) => report.source.id));
    expect(list.periods.map((period) => period.reportId)).toEqual(
      expect.arrayContaining(['lechan-2023-9m', 'lechan-2024-year']),
    );
  });

  it('returns a parsed report', async () => {
    const report = await fetchJson('/reports/lechan-2023-9m', Report);
    expect(report.source.id).toBe('lechan-2023-9m');
    expect(report.figures.find((figure) => figure.id === 'budget-revenue.2023-9m')?.value).toBe(641.769);
  });

  it('returns the parsed catalogue', async () => {
    const catalogue = await fetchJson('/indicators', IndicatorCatalogue);
    expect(catalogue.indicators.some((indicator) => indicator.id === 'budget-revenue')).toBe(true);
  });

  it('asks for JSON', async () => {
    let accept: string | null = null;
    server.use(
      http.get('*/api/v1/indicators', ({ request }) => {
        accept = request.headers.get('accept');
        return HttpResponse.json(indicatorsJson);
      }),
    );
    await fetchJson('/indicators', IndicatorCatalogue);
    expect(accept).toBe('application/json');
  });
});

describe('fetchJson: failures', () => {
  it('HTTP 500 → failure "http" with status 500', async () => {
    server.use(http.get('*/api/v1/periods', () => new HttpResponse('Internal Server Error', { status: 500 })));
    const error = await failureOf(fetchJson('/periods', PeriodList));
    expect(error.failure).toBe('http');
    expect(error.status).toBe(500);
    expect(error.message).toBe('HTTP 500 for /periods');
    expect(error.serverMessage).toBeUndefined();
  });

  it('404 with a JSON error body → the message of the body', async () => {
    const error = await failureOf(fetchJson('/reports/lechan-1999-year', Report));
    expect(error.failure).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toBe('Không có báo cáo "lechan-1999-year".');
    expect(error.serverMessage).toBe('Không có báo cáo "lechan-1999-year".');
  });

  it('an HTML page with status 200 (a static host answering with index.html) → failure "notJson"', async () => {
    server.use(
      http.get(
        '*/api/v1/periods',
        () =>
          new HttpResponse('<!doctype html><html lang="vi"><body><div id="root"></div></body></html>', {
            status: 200,
            headers: { 'Content-Type': 'text/html; charset=utf-8' },
          }),
      ),
    );
    const error = await failureOf(fetchJson('/periods', PeriodList));
    expect(error.failure).toBe('notJson');
    expect(error.status).toBe(200);
    expect(error.message).toContain('text/html');
  });

  it('malformed JSON served as application/json → failure "malformedJson"', async () => {
    server.use(
      http.get(
        '*/api/v1/periods',
        () => new HttpResponse('{"periods": [', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const error = await failureOf(fetchJson('/periods', PeriodList));
    expect(error.failure).toBe('malformedJson');
    expect(error.message).toContain('malformed JSON');
  });

  it('a payload the schema rejects → failure "schema" with the path of the field', async () => {
    const broken = structuredClone(report2023Json) as { figures: { value: unknown }[] };
    const [first] = broken.figures;
    if (first) first.value = 'abc';
    server.use(http.get('*/api/v1/reports/2023', () => HttpResponse.json(broken)));
    const error = await failureOf(fetchJson('/reports/2023', Report));
    expect(error.failure).toBe('schema');
    expect(error.field).toBe('figures.0.value');
    expect(error.message).toContain('figures.0.value');
  });

  it('a payload wrong at its root → failure "schema" with the field "(gốc)"', async () => {
    server.use(http.get('*/api/v1/periods', () => HttpResponse.json([2023, 2024])));
    const error = await failureOf(fetchJson('/periods', PeriodList));
    expect(error.failure).toBe('schema');
    expect(error.field).toBe('(gốc)');
  });

  it('a network error → failure "network" without a status', async () => {
    server.use(http.get('*/api/v1/periods', () => HttpResponse.error()));
    const error = await failureOf(fetchJson('/periods', PeriodList));
    expect(error.failure).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.message).toContain('/periods');
  });
});

describe('fetchJson: timeouts and retry hints', () => {
  it('gives up on a request that never answers, as a timeout', async () => {
    const saved = requestPolicy.timeoutMs;
    requestPolicy.timeoutMs = 200;
    try {
      server.use(http.get('*/api/v1/periods', () => delay('infinite')));
      const error = await failureOf(fetchJson('/periods', PeriodList));
      expect(error.failure).toBe('timeout');
      expect(error.transient).toBe(true);
    } finally {
      requestPolicy.timeoutMs = saved;
    }
  });

  it('reads Retry-After (seconds) from a 503', async () => {
    server.use(
      http.get('*/api/v1/periods', () =>
        HttpResponse.json(
          { error: { code: 'maintenance', message: 'Đang bảo trì.' } },
          { status: 503, headers: { 'Retry-After': '7' } },
        ),
      ),
    );
    const error = await failureOf(fetchJson('/periods', PeriodList));
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(7000);
    expect(error.transient).toBe(true);
  });

  it('does not count bad data or a missing page as transient', async () => {
    const notFound = await failureOf(fetchJson('/reports/1999', Report));
    expect(notFound.transient).toBe(false);
    server.use(http.get('*/api/v1/periods', () => HttpResponse.json({ periods: 'none' })));
    const bad = await failureOf(fetchJson('/periods', PeriodList));
    expect(bad.transient).toBe(false);
  });
});
