import { ApiError, requestPolicy } from '../../../lib/api-client';

/** What failed, in words a leader understands, naming what could not be loaded. */
export function describeFailure(error: unknown, what: string): string {
  if (!(error instanceof ApiError)) return `Không tải được ${what}: lỗi không xác định.`;
  const explanation = error.serverMessage ? ` ${error.serverMessage}` : '';
  switch (error.failure) {
    case 'offline':
      return `Không tải được ${what}: máy đang mất kết nối mạng. Kiểm tra mạng rồi thử lại.`;
    case 'network':
      return `Không tải được ${what}: không kết nối được tới máy chủ dữ liệu. Kiểm tra mạng rồi thử lại.`;
    case 'timeout':
      return `Không tải được ${what}: máy chủ dữ liệu không trả lời sau ${Math.max(1, Math.round(requestPolicy.timeoutMs / 1000))} giây.`;
    case 'http':
      if (error.status === 404) return `Không tìm thấy ${what} (lỗi 404).${explanation}`;
      if (error.status === 503)
        return `Máy chủ dữ liệu đang tạm ngừng phục vụ (lỗi 503) khi tải ${what}.${explanation}`;
      return `Máy chủ dữ liệu báo lỗi ${error.status ?? ''} khi tải ${what}.${explanation}`;
    case 'notJson':
      return `Không tải được ${what}: máy chủ trả về một trang web thay vì dữ liệu (có thể API chưa chạy).`;
    case 'malformedJson':
      return `Không tải được ${what}: dữ liệu máy chủ gửi về bị hỏng, không đọc được.`;
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
