import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { onUpdateReady, type Update } from './service-worker';

/**
 * A new version of the app is never forced on anyone mid-diagnosis: it
 * waits until the user chooses to reload (the URL keeps the step).
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const [update, setUpdate] = useState<Update | undefined>(undefined);
  useEffect(() => onUpdateReady(setUpdate), []);
  if (!update) return null;
  return (
    <div role="status" className="update-prompt print:hidden">
      <p>{t('app.updateReady')}</p>
      <div className="mt-2 flex gap-2">
        <button type="button" className="btn btn-primary" onClick={() => void update.apply()}>
          {t('app.updateReload')}
        </button>
        <button type="button" className="btn" onClick={() => setUpdate(undefined)}>
          {t('app.updateLater')}
        </button>
      </div>
    </div>
  );
}
