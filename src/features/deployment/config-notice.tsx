import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useDeploymentConfigState } from '../../shared/deployment-config';

/**
 * A broken config.json is ignored; the engineer is told so once per page
 * load, in a notice that floats over the page (it moves nothing) and can be
 * closed. The details are in the console, for the person deploying it.
 */
export function ConfigNotice() {
  const { t } = useI18n();
  const state = useDeploymentConfigState();
  const [dismissed, setDismissed] = useState(false);
  if (state.status !== 'broken' || dismissed) return null;
  return (
    <div role="status" className="config-notice print:hidden">
      <p>{t('deployment.notice')}</p>
      <button type="button" className="btn mt-2" onClick={() => setDismissed(true)}>
        {t('deployment.noticeClose')}
      </button>
    </div>
  );
}
