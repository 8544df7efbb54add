import type { BlankColour } from '../keys';

/** "B"/"." and "W" blank the wall, as in PowerPoint: any key or a click brings the slide back. */
export function BlankScreen({ colour, onDismiss }: { colour: BlankColour; onDismiss: () => void }) {
  return (
    <div className={`present-blank present-blank--${colour}`} onClick={onDismiss} data-testid="present-blank">
      <p className="visually-hidden" role="status">
        Màn hình đang tạm {colour === 'black' ? 'tắt đen' : 'để trắng'}. Nhấn phím bất kỳ để quay lại trang trình chiếu.
      </p>
    </div>
  );
}
