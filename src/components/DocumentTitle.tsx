import { useEffect } from 'react';
import { t } from '../lib/messages';

/**
 * Names the view first in the window's title ("Năm 2024 · Quận Lê Chân · …"), so tabs, bookmarks,
 * history and the meeting-room PC's taskbar tell the views apart. Without a view: the site's title.
 */
export function DocumentTitle({ view }: { view?: string }) {
  const title = view ? `${view} · ${t('app.documentTitle')}` : t('app.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
