import { getResponse, type RequestHandler } from 'msw';
import type { Plugin } from 'vite';
import type * as z from 'zod/mini';
import { IndicatorCatalogue, PeriodList, Report } from '../src/lib/report-schema.ts';
import { withAppModule } from './project.ts';

/** The embedded API's answer to `path` (e.g. "/periods"), as sent, once the client's schema accepts it. */
async function answer(handlers: RequestHandler[], path: string, schema: z.ZodMiniType): Promise<string> {
  const response = await getResponse(handlers, new Request(`http://localhost/api/v1${path}`));
  const body = (await response?.text()) ?? '';
  if (response?.status !== 200) throw new Error(`the embedded API answers ${path} with ${response?.status}: ${body}`);
  const parsed = schema.safeParse(JSON.parse(body));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.path.join('.')}: invalid`);
  return body;
}

/**
 * Why: so that any static host or CDN serves the API of docs/API.md, with no mock in the page.
 * Built with VITE_API_STATIC_FILES, every answer of the embedded API (mocks/handlers.ts, the same
 * code) is written as a file where VITE_API_BASE_URL points, named `{path}.json` so that hosts send
 * it as JSON: api/v1/periods.json, api/v1/reports/<id>.json, api/v1/indicators.json.
 */
export function staticApiFiles(apiBaseUrl: string | undefined, enabled: boolean): Plugin {
  return {
    name: 'static-api-files',
    apply: 'build',
    async generateBundle() {
      if (!enabled) return;
      if (!apiBaseUrl) this.error('VITE_API_STATIC_FILES needs VITE_API_BASE_URL, the path of the files (/api/v1)');
      const folder = new URL(apiBaseUrl, 'http://localhost/').pathname.replace(/\/+$/, '');
      const files = await withAppModule<typeof import('../mocks/handlers'), Map<string, string>>(
        '/mocks/handlers.ts',
        async ({ handlers }) => {
          const periods = await answer(handlers, '/periods', PeriodList);
          const ids = PeriodList.parse(JSON.parse(periods)).periods.map((period) => period.reportId);
          const answers = new Map([['/periods', periods]]);
          answers.set('/indicators', await answer(handlers, '/indicators', IndicatorCatalogue));
          for (const id of ids) answers.set(`/reports/${id}`, await answer(handlers, `/reports/${id}`, Report));
          return answers;
        },
      );
      for (const [path, source] of files)
        this.emitFile({ type: 'asset', fileName: `${folder}${path}.json`.slice(1), source });
    },
  };
}
