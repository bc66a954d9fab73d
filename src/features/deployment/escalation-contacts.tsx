import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/translator';
import type { Contact, DeploymentConfig } from '../../shared/deployment-config';

const ROLE_LABEL: Record<Contact['role'], MessageKey> = {
  tier2: 'deployment.role.tier2',
  noc: 'deployment.role.noc',
};

/**
 * The deploying organization's own escalation contacts, on every escalation
 * step before the hand-over to Cisco, on screen and on paper. `ticket` is
 * the way to open a ticket in its own system, when it has one.
 */
export function EscalationContacts({ config, ticket }: { config: DeploymentConfig; ticket?: ReactNode }) {
  const { t } = useI18n();
  const contacts = config.contacts ?? [];
  if (contacts.length === 0 && ticket === undefined) return null;
  const organization = config.organization?.name;
  return (
    <section aria-labelledby="own-contacts-heading" className="own-contacts mt-4 break-inside-avoid">
      <h2 id="own-contacts-heading" className="font-semibold">
        {organization === undefined ? t('deployment.contacts') : t('deployment.contactsOf', { organization })}
      </h2>
      {contacts.length > 0 && (
        <>
          <p className="mt-1 text-sm">{t('deployment.contactsIntro')}</p>
          <ul className="mt-2 grid gap-3 sm:grid-cols-2 print:grid-cols-2">
            {contacts.map((contact, index) => (
              <li key={index} className="text-sm">
                <p className="font-medium">
                  {contact.name} <span className="font-normal">({t(ROLE_LABEL[contact.role])})</span>
                </p>
                <dl className="own-contact">
                  {contact.email !== undefined && (
                    <>
                      <dt>{t('deployment.email')}</dt>
                      <dd>
                        <a href={`mailto:${contact.email}`}>{contact.email}</a>
                      </dd>
                    </>
                  )}
                  {contact.phone !== undefined && (
                    <>
                      <dt>{t('deployment.phone')}</dt>
                      <dd>
                        <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
                      </dd>
                    </>
                  )}
                  {contact.hours !== undefined && (
                    <>
                      <dt>{t('deployment.hours')}</dt>
                      <dd>{contact.hours}</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      {ticket}
    </section>
  );
}
