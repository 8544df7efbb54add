import type { BlankColour } from '../keys';
import { t } from '../../../lib/messages';

/** "B"/"." and "W" blank the wall, as in PowerPoint: any key or a click brings the slide back. */
export function BlankScreen({ colour, onDismiss }: { colour: BlankColour; onDismiss: () => void }) {
  return (
    <div className={`present-blank present-blank--${colour}`} onClick={onDismiss} data-testid="present-blank">
      <p className="visually-hidden" role="status">
        {t(colour === 'black' ? 'present.blank.black' : 'present.blank.white')}
      </p>
    </div>
  );
}
