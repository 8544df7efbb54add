import { createContext, useContext, useEffect } from 'react';
import { t } from '../lib/messages';

/** Where the build's prerender takes a view's title, for its page's <title>: effects do not run on the server. */
export const TitleOnServer = createContext<((title: string) => void) | null>(null);

/**
 * Names the view first in the window's title ("Năm 2024 · Quận Lê Chân · …"), so tabs, bookmarks,
 * history and the meeting-room PC's taskbar tell the views apart. Without a view: the site's title.
 */
export function DocumentTitle({ view }: { view?: string }) {
  const title = view ? `${view} · ${t('app.documentTitle')}` : t('app.documentTitle');
  useContext(TitleOnServer)?.(title);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
