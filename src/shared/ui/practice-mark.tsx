import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The one mark for advice the guide does not give: general practice, worded
 * once per language here, never typed into the content's own text. The
 * content flags such advice (`practice: true` on a step, a `practice` text on
 * a sign-in stop); these components show it the same way everywhere, on
 * screen, in print and to screen readers (the mark is text, not a colour).
 */
export function PracticeMark() {
  const { t } = useI18n();
  return <span className="practice-mark">{t('practice.label')}</span>;
}

/** A paragraph of general practice, under the mark. */
export function PracticeNote({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <p className={`practice-note ${className ?? ''}`}>
      <PracticeMark /> {children}
    </p>
  );
}
