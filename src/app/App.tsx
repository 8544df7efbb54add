import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { DashboardPage } from '../features/dashboard/components/DashboardPage';
import { PresentButton } from '../features/presentation/components/PresentButton';
import { usePresenting } from '../features/presentation/hooks/usePresenting';

// The meeting-room slides (?present=1) load only when asked for.
const PresentationPage = lazy(() =>
  import('../features/presentation/components/PresentationPage').then((module) => ({
    default: module.PresentationPage,
  })),
);

export function App({ queryClient }: { queryClient: QueryClient }) {
  const presenting = usePresenting();
  return (
    <QueryClientProvider client={queryClient}>
      {presenting ? (
        <Suspense fallback={<main className="present present--waiting" aria-busy="true" />}>
          <PresentationPage />
        </Suspense>
      ) : (
        <>
          <header className="app-header">
            <PresentButton />
            <p className="app-header__district">Quận Lê Chân · Thành phố Hải Phòng</p>
            <h1>Kết quả thực hiện chỉ tiêu kinh tế – xã hội và xây dựng Đảng</h1>
          </header>
          <main className="app-main">
            <DashboardPage />
          </main>
        </>
      )}
    </QueryClientProvider>
  );
}
