import { ApiError, requestPolicy } from '../lib/api-client';
import { t } from '../lib/messages';
import { Icon } from './Icon';

/** What failed, in words a leader understands, naming what could not be loaded. */
export function describeFailure(error: unknown, what: string): string {
  if (!(error instanceof ApiError)) return t('error.unknown', { what });
  const explanation = error.serverMessage ? ` ${error.serverMessage}` : '';
  switch (error.failure) {
    case 'offline':
    case 'network':
    case 'notJson':
    case 'malformedJson':
      return t(`error.${error.failure}`, { what });
    case 'timeout':
      return t('error.timeout', { what, seconds: Math.max(1, Math.round(requestPolicy.timeoutMs / 1000)) });
    case 'http':
      if (error.status === 404) return `${t('error.notFound', { what })}${explanation}`;
      if (error.status === 503) return `${t('error.unavailable', { what })}${explanation}`;
      return `${t('error.http', { what, status: error.status ?? '' })}${explanation}`;
    case 'schema':
      return t('error.schema', { what, field: error.field ?? '' });
  }
}

export function ErrorPanel({ error, what, onRetry }: { error: unknown; what: string; onRetry: () => void }) {
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">
        <Icon name="warning" /> {describeFailure(error, what)}
      </p>
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}
