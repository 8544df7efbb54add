import { inLanguage } from '../lib/locale';
import { t } from '../lib/messages';
import type { Figure } from '../lib/report-schema';

type Props = {
  figures: Figure[];
  /**
   * Beside a figure whose source panel already holds its caveat: the notes are then drawn only
   * where the panels are not (on paper and on the slides).
   */
  besidePanel?: boolean;
};

/** The reports' caveats on these figures (a plan not named, a scope not stated), each once. */
export function FigureNotes({ figures, besidePanel = false }: Props) {
  const notes = new Set(figures.flatMap((figure) => (figure.note ? [inLanguage(figure.note, figure.en?.note)] : [])));
  if (notes.size === 0) return null;
  return (
    <ul className={`figure-notes${besidePanel ? ' figure-notes--beside-panel' : ''}`}>
      {[...notes].map((note) => (
        <li key={note} className="figure-note">
          {t('sources.note', { note })}
        </li>
      ))}
    </ul>
  );
}
