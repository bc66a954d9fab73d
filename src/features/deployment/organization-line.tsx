import { useI18n } from '../../i18n/i18n-context';
import { useDeploymentConfig } from '../../shared/deployment-config';

/** The deploying organization and its short banner, at the foot of every page. */
export function OrganizationLine() {
  const { t } = useI18n();
  const organization = useDeploymentConfig()?.organization;
  if (organization === undefined) return null;
  return (
    <p className="mb-1 text-sm text-slate-800 dark:text-slate-200">
      <span className="font-semibold">{t('deployment.providedBy', { organization: organization.name })}</span>
      {organization.banner !== undefined && <span className="ml-2">{organization.banner}</span>}
    </p>
  );
}
