import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { CardBoundary } from '../components/CardBoundary';
import { ChartsWhenWanted } from '../features/charts/components/ChartsWhenWanted';
import { DashboardPage } from '../features/dashboard/components/DashboardPage';
import type { ChartsSlot } from '../features/dashboard/components/ReportView';
import { PrintFooter } from '../features/exports/components/PrintFooter';
import { ViewActions } from '../features/exports/components/ViewActions';
import { LanguageSwitch } from '../features/language/components/LanguageSwitch';
import { preloadableCode } from '../lib/code-load';
import { localeFromSearch, setLocale } from '../lib/locale';
import { t } from '../lib/messages';
import { urlWith, useSearchParams } from '../lib/url-state';
import { OfflineCopyNotice } from './OfflineCopyNotice';
import { PresentButton } from '../features/presentation/components/PresentButton';
import { usePresenting } from '../features/presentation/hooks/usePresenting';
import { leavePresentation } from '../features/presentation/present-url';

// The meeting-room slides (?present=1) load only when asked for, or ahead of taking over a prerendered slide.
const presentationCode = preloadableCode(() =>
  import('../features/presentation/components/PresentationPage').then((module) => ({
    default: module.PresentationPage,
  })),
);
const PresentationPage = lazy(presentationCode.load);
export const preloadPresentation = presentationCode.preload;

/**
 * Defined once, not in App: a new function each render would make the memoised report view render
 * again whenever App does, as when a page taken over at its view's address moves to its own
 * (`?year=2024` shows the page of `/`), where nothing in the figures changes.
 */
const trendCharts: ChartsSlot = (shown) => <ChartsWhenWanted {...shown} />;

export function App({ queryClient }: { queryClient: QueryClient }) {
  const presenting = usePresenting();
  const [params] = useSearchParams();
  // Set before any child renders: formatting and messages read the language directly.
  setLocale(localeFromSearch(params.toString()));
  return (
    <QueryClientProvider client={queryClient}>
      {presenting ? (
        <CardBoundary
          name={t('present.button')}
          wayOut={<a href={urlWith(params.toString(), leavePresentation)}>{t('present.backToDashboard')}</a>}
        >
          <Suspense fallback={<main className="present present--waiting" aria-busy="true" />}>
            <PresentationPage />
          </Suspense>
        </CardBoundary>
      ) : (
        <>
          <header className="app-header">
            <p className="app-header__district">{t('app.district')}</p>
            <h1>{t('app.title')}</h1>
          </header>
          <main className="app-main">
            <OfflineCopyNotice />
            <DashboardPage
              viewActions={(reports, indicators) => <ViewActions reports={reports} indicators={indicators} />}
              appControls={
                <>
                  <LanguageSwitch />
                  <PresentButton />
                </>
              }
              charts={trendCharts}
              printFooter={(reports) => <PrintFooter reports={reports} />}
            />
          </main>
        </>
      )}
    </QueryClientProvider>
  );
}
