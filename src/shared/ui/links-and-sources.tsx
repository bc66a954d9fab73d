import { useI18n } from '../../i18n/i18n-context';
import { ReferenceList } from './reference-list';
import { SectionHeading } from './section-heading';
import { SourceList } from './source-list';

/** The closing sections of a page: documents to read, and the guide sections it follows. */
export function LinksAndSources({
  links,
  sources,
  className,
}: {
  links: readonly string[];
  sources: readonly string[];
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      {links.length > 0 && (
        <section aria-labelledby="links-heading" className={className}>
          <SectionHeading id="links-heading">{t('step.links')}</SectionHeading>
          <ReferenceList ids={links} />
        </section>
      )}
      <section aria-labelledby="sources-heading" className={className}>
        <SectionHeading id="sources-heading">{t('step.sources')}</SectionHeading>
        <SourceList ids={sources} />
      </section>
    </>
  );
}
