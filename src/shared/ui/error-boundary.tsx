import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import { useCopy } from './copy-button';

/**
 * A short report a user can paste into a ticket: where, which language and
 * version, and the kind of error; never the query string, the message or
 * anything typed (all may hold personal data).
 */
export function errorReport(part: string, pathname: string, locale: string, error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  // Only the route's shape: ids from the path, no query string.
  const where = pathname.replace(/[^a-z0-9/.-]/gi, '?').slice(0, 200);
  return [
    'BroadWorks Troubleshooter: error report',
    `part: ${part}`,
    `page: ${where}`,
    `language: ${locale}`,
    `content version: ${String(content.version)} (guide ${content.guide.version})`,
    `error: ${name}`,
    `time: ${new Date().toISOString()}`,
  ].join('\n');
}

function Fallback({ part, error }: { part: string; error: unknown }) {
  const { t, locale } = useI18n();
  const { pathname } = useLocation();
  const copy = useCopy();
  return (
    <div role="alert" className="notice">
      <p>{t('error.part')}</p>
      <button type="button" className="btn mt-2" onClick={() => void copy.copy(errorReport(part, pathname, locale, error))}>
        {copy.state === 'copied' ? t('step.copied') : t('error.copyReport')}
      </button>
    </div>
  );
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
}

/** Keeps a failure in one part of the page from taking the rest with it. */
export class ErrorBoundary extends Component<{ part: string; children: ReactNode }, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Visible to whoever opens the console; nothing is sent anywhere.
    console.warn(`[${this.props.part}] failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <Fallback part={this.props.part} error={this.state.error} /> : this.props.children;
  }
}
