import type { z } from 'zod';
import type {
  DeliveryDto,
  OpenDataStatus,
  Scope,
  SubscriptionDto,
  TokenCreateBody,
  TokenCreated,
  TokenDto,
  WebhookEvent,
} from '../../shared/api/integrations.ts';
import { request } from '../api/client.ts';

type Options = { signal?: AbortSignal };

export type { DeliveryDto, OpenDataStatus, Scope, SubscriptionDto, TokenDto, WebhookEvent };

/** The admins' integration endpoints; types come from the shared wire schemas. */
export const integrationsApi = {
  tokens: async (options: Options = {}) =>
    (await request<{ tokens: TokenDto[] }>('GET', '/integrations/tokens', undefined, options)).tokens,
  createToken: (input: z.input<typeof TokenCreateBody>) =>
    request<z.infer<typeof TokenCreated>>('POST', '/integrations/tokens', input),
  revokeToken: (id: string) => request<void>('DELETE', `/integrations/tokens/${encodeURIComponent(id)}`),
  webhooks: async (options: Options = {}) =>
    (await request<{ subscriptions: SubscriptionDto[] }>('GET', '/integrations/webhooks', undefined, options))
      .subscriptions,
  createWebhook: (input: { url: string; events: WebhookEvent[] }) =>
    request<{ subscription: SubscriptionDto; secret: string }>('POST', '/integrations/webhooks', input),
  updateWebhook: (id: string, patch: { active?: boolean; events?: WebhookEvent[] }) =>
    request<SubscriptionDto>('PATCH', `/integrations/webhooks/${encodeURIComponent(id)}`, patch),
  deleteWebhook: (id: string) => request<void>('DELETE', `/integrations/webhooks/${encodeURIComponent(id)}`),
  deliveries: async (id: string, options: Options = {}) =>
    (
      await request<{ deliveries: DeliveryDto[] }>(
        'GET',
        `/integrations/webhooks/${encodeURIComponent(id)}/deliveries?limit=50`,
        undefined,
        options,
      )
    ).deliveries,
  resend: (id: string, deliveryId: string) =>
    request<DeliveryDto>(
      'POST',
      `/integrations/webhooks/${encodeURIComponent(id)}/deliveries/${encodeURIComponent(deliveryId)}/resend`,
    ),
  openData: (options: Options = {}) =>
    request<OpenDataStatus>('GET', '/integrations/open-data', undefined, options),
  setOpenData: (enabled: boolean) => request<OpenDataStatus>('PATCH', '/integrations/open-data', { enabled }),
};
