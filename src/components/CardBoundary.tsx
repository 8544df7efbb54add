import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../lib/messages';

type Props = { name: string; children: ReactNode };
type State = { failed: boolean };

/**
 * One card that fails to draw (bad data that passed validation, a chart bug)
 * shows its own message; the rest of the screen stays.
 */
export class CardBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn(`card "${this.props.name}" failed to render`, error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="card-error" role="alert">
        <p>
          <span aria-hidden="true">⚠</span> {t('error.card', { name: this.props.name })}
        </p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          {t('error.retry')}
        </button>
      </div>
    );
  }
}
