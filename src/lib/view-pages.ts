/**
 * Which prerendered page shows the view an address names. The build renders one page per view
 * (each report in each language, as the dashboard, the comparison and the first slide) and a
 * table of the reports; this function maps an address's query to the page's key, or to null when
 * the address asks for something no page holds (an unknown value, whose notice only the app
 * writes, or a later slide). Null is always safe: the app then renders the view itself.
 *
 * It must agree with what the app shows at that address (src/lib/dashboard-view.ts and the
 * presentation's URL): tests/unit/view-pages.test.ts checks every key it gives against the app.
 * It is also the page's own inline script (build/prerender-views.ts), so it imports nothing and
 * uses nothing a browser lacks.
 */
export type ViewTable = {
  /** The report the address without a period shows. */
  latest: string;
  reports: string[];
  /** For `?year=YYYY`: the report that year's link shows. */
  years: Record<string, string>;
};

export function viewPageKey(search: string, table: ViewTable): string | null {
  const params = new URLSearchParams(search);
  const language = params.get('lang');
  if (language !== null && language !== 'vi' && language !== 'en') return null;
  const period = params.get('period');
  const year = params.get('year');
  let reportId: string | undefined = table.latest;
  if (period !== null) reportId = table.reports.indexOf(period) >= 0 ? period : undefined;
  else if (year !== null)
    reportId = Object.prototype.hasOwnProperty.call(table.years, year) ? table.years[year] : undefined;
  const view = params.get('view');
  if (reportId === undefined || (view !== null && view !== 'compare')) return null;
  let mode = view === 'compare' && table.reports.length > 1 ? 'compare' : 'dashboard';
  if (params.get('present') === '1') {
    if ((params.get('slide') ?? '1') !== '1' || params.get('interval') !== null) return null;
    mode = 'present';
  }
  return `${reportId}.${language ?? 'vi'}.${mode}`;
}

/** Where the build writes a view's page, from the site's root. */
export const viewPagePath = (key: string) => `views/${key}.html`;

/** Where the build writes the table, beside the pages: servers that rewrite addresses read it. */
export const viewTablePath = 'views/table.json';

/**
 * The page's choice, before it paints (run inline in the page's head): show its prerendered view
 * when the address names it, at the site's own address; or, on a host that served the default
 * page for an address naming another view, go to that view's page. A page served from the
 * offline copy or already at a view's path stays put, and the app renders the view itself.
 */
export function chooseViewPage(table: ViewTable, base: string): void {
  const root = document.documentElement;
  const wanted = viewPageKey(location.search, table);
  if (wanted !== null && wanted === root.dataset.view) {
    root.dataset.prerenderedView = 'shown';
    if (location.pathname !== base) history.replaceState(history.state, '', base + location.search + location.hash);
  } else if (wanted !== null && location.pathname === base && !root.hasAttribute('data-offline-copy')) {
    location.replace(base + viewPagePath(wanted) + location.search + location.hash);
  }
}
