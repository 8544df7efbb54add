import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CodeLoadError } from '../lib/code-load';
import { t } from '../lib/messages';
import { Icon } from './Icon';

type Props = {
  name: string;
  children: ReactNode;
  /** Another way forward, offered beside the retry (the slides: back to the dashboard). */
  wayOut?: ReactNode;
};
type State = { failed: unknown };

/**
 * One card that fails to draw (bad data that passed validation, a chart bug)
 * shows its own message; the rest of the screen stays. A card whose code could
 * not be fetched offers a reload instead: drawing it again would fail again.
 */
export class CardBoundary extends Component<Props, State> {
  state: State = { failed: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: error ?? new Error('unknown failure') };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn(`card "${this.props.name}" failed to render`, error, info.componentStack);
  }

  render() {
    const { failed } = this.state;
    if (failed === undefined) return this.props.children;
    const codeMissing = failed instanceof CodeLoadError;
    return (
      <div className="card-error" role="alert">
        <p>
          <Icon name="warning" /> {t(codeMissing ? 'error.code' : 'error.card', { name: this.props.name })}
        </p>
        <button
          type="button"
          onClick={() => (codeMissing ? window.location.reload() : this.setState({ failed: undefined }))}
        >
          {t(codeMissing ? 'error.reload' : 'error.retry')}
        </button>
        {this.props.wayOut}
      </div>
    );
  }
}
