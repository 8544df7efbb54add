import type { MouseEvent } from 'react';
import { urlWith, useSearchParams } from '../../../lib/url-state';
import { presentParam } from '../present-url';
import { t } from '../../../lib/messages';
import { Icon } from '../../../components/Icon';

/** The header's way into the presentation: a link, so it can also be copied or opened in a new window. */
export function PresentButton() {
  const [params, setParams] = useSearchParams();
  const changes = { [presentParam]: '1', slide: null, view: null };
  const open = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setParams(changes);
  };
  return (
    <a
      className="present-button"
      href={urlWith(params.toString(), changes)}
      onClick={open}
      title={t('present.buttonTitle')}
    >
      <Icon name="play" /> {t('present.button')}
    </a>
  );
}
