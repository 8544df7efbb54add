import { useEffect, useState } from 'react';
import { requestPolicy } from '../../../lib/api-client';
import { t } from '../../../lib/messages';

/** Placeholders of the final layout's size, so nothing jumps when the figures arrive; a slow wait says so. */
export function DashboardSkeleton() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), requestPolicy.slowAfterMs);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="skeleton" aria-busy="true" aria-label={t('loading.label')}>
      <p className="skeleton__status" role="status">
        {slow ? t('loading.slow') : ''}
      </p>
      <div className="skeleton__heading" />
      <div className="key-row">
        <div className="panel skeleton__panel" />
        <div className="panel skeleton__panel" />
      </div>
      <div className="tiles">
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="tile skeleton__tile" />
        ))}
      </div>
    </div>
  );
}
