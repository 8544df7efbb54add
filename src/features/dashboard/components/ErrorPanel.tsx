import { ApiError } from '../../../lib/api-client';

/** What failed, in words a leader understands, with the detail an engineer needs. */
export function describeFailure(error: unknown, what: string): string {
  if (!(error instanceof ApiError)) return `Không tải được ${what}: lỗi không xác định.`;
  switch (error.failure) {
    case 'network':
      return `Không tải được ${what}: không kết nối được tới máy chủ dữ liệu. Kiểm tra mạng rồi thử lại.`;
    case 'http': {
      const explanation = error.serverMessage ? ` ${error.serverMessage}` : '';
      return error.status === 404
        ? `Không tìm thấy ${what} (lỗi 404).${explanation}`
        : `Máy chủ dữ liệu báo lỗi ${error.status ?? ''} khi tải ${what}.${explanation}`;
    }
    case 'notJson':
      return `Không tải được ${what}: máy chủ trả về một trang web thay vì dữ liệu (có thể API chưa chạy).`;
    case 'schema':
      return `Dữ liệu ${what} sai định dạng ở trường “${error.field ?? ''}”, nên không hiển thị để tránh sai số liệu.`;
  }
}

export function ErrorPanel({ error, what, onRetry }: { error: unknown; what: string; onRetry: () => void }) {
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">
        <span aria-hidden="true">⚠</span> {describeFailure(error, what)}
      </p>
      <button type="button" onClick={onRetry}>
        Thử lại
      </button>
    </div>
  );
}
