import { useI18n } from '../i18n/I18nProvider.tsx';
import './integrations.css';
import { PageHeader } from '../ui/PageHeader.tsx';
import { OpenDataSection } from './OpenDataSection.tsx';
import { TokensSection } from './TokensSection.tsx';
import { WebhooksSection } from './WebhooksSection.tsx';

/** Admin: Organisation → Integrations. API tokens, webhooks with their deliveries, the open-data switch. */
export function IntegrationsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('integrations.title')} intro={t('integrations.intro')} />
      <TokensSection />
      <WebhooksSection />
      <OpenDataSection />
    </>
  );
}
