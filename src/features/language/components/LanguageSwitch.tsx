import type { MouseEvent } from 'react';
import { currentLocale } from '../../../lib/locale';
import { t } from '../../../lib/messages';
import { urlWith, useSearchParams } from '../../../lib/url-state';

/** Vietnamese ↔ English; the choice lives in the URL (?lang=en), so a shared link keeps it. */
export function LanguageSwitch() {
  const [params, setParams] = useSearchParams();
  const other = currentLocale() === 'en' ? 'vi' : 'en';
  const changes = { lang: other === 'en' ? 'en' : null };
  const choose = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setParams(changes);
  };
  return (
    <a
      className="language-switch"
      href={urlWith(params.toString(), changes)}
      hrefLang={other}
      lang={other}
      aria-label={t('app.switchLanguageLabel')}
      onClick={choose}
    >
      {t('app.switchLanguage')}
    </a>
  );
}
