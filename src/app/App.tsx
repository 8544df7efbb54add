import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { DashboardPage } from '../features/dashboard/components/DashboardPage';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <header className="app-header">
        <p className="app-header__district">Quận Lê Chân · Thành phố Hải Phòng</p>
        <h1>Kết quả thực hiện chỉ tiêu kinh tế – xã hội và xây dựng Đảng</h1>
      </header>
      <main className="app-main">
        <DashboardPage />
      </main>
    </QueryClientProvider>
  );
}
