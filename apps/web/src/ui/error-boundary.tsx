import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorNotice } from './status.tsx';

interface Props {
  children: ReactNode;
  title: string;
}

/** A part of the page that failed to render (or to load its code) says so instead of blanking the page. */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept for whoever opens the console; the page shows the message.
    console.warn(this.props.title, error, info.componentStack);
  }

  override render() {
    if (this.state.error)
      return (
        <ErrorNotice
          error={this.state.error}
          title={this.props.title}
          onRetry={() => window.location.reload()}
        />
      );
    return this.props.children;
  }
}
