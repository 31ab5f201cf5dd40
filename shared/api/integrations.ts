import { z } from 'zod';

/**
 * Wire schemas of the integrations (API tokens, webhooks, open data), shared by server and web app.
 * Pure zod: no I/O.
 */

/** What a token may do. Which route needs which scope is decided in server/policies/scopes.ts. */
export const SCOPES = [
  'organisation:read',
  'dashboard:read',
  'surveys:read',
  'surveys:write',
  'eventlogs:read',
  'eventlogs:write',
  'complaints:read',
  'complaints:write',
  'journeys:read',
  'journeys:write',
  'improvement:read',
  'improvement:write',
  'dialog:read',
  'dialog:write',
] as const;
export const Scope = z.enum(SCOPES);
export type Scope = z.infer<typeof Scope>;

/** The longest a token may live: a year, so forgotten integrations stop by themselves. */
export const MAX_TOKEN_DAYS = 366;

export const TokenCreateBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(Scope).min(1).max(SCOPES.length),
    expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS),
  })
  .strict();

export const TokenDto = z.object({
  id: z.uuid(),
  name: z.string(),
  scopes: z.array(Scope),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});
export type TokenDto = z.infer<typeof TokenDto>;
export const TokenList = z.object({ tokens: z.array(TokenDto) });
/** The answer to creating a token: the only time its secret is shown. */
export const TokenCreated = z.object({ token: TokenDto, secret: z.string() });

export const WEBHOOK_EVENTS = [
  'response.received',
  'smiley.alert',
  'eventlog.ready',
  'eventlog.failed',
  'initiative.evaluated',
  'complaint.created',
] as const;
export const WebhookEvent = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

export const SubscriptionCreateBody = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    events: z.array(WebhookEvent).min(1).max(WEBHOOK_EVENTS.length),
  })
  .strict();
export const SubscriptionPatchBody = z
  .object({ active: z.boolean().optional(), events: z.array(WebhookEvent).min(1).optional() })
  .strict();

export const SubscriptionDto = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(WebhookEvent),
  active: z.boolean(),
  createdAt: z.string(),
  pending: z.number().int(),
  failed: z.number().int(),
});
export type SubscriptionDto = z.infer<typeof SubscriptionDto>;
export const SubscriptionList = z.object({ subscriptions: z.array(SubscriptionDto) });
/** The answer to creating a subscription: the only time its signing secret is shown. */
export const SubscriptionCreated = z.object({ subscription: SubscriptionDto, secret: z.string() });

export const DeliveryDto = z.object({
  id: z.string(),
  eventId: z.uuid(),
  eventType: WebhookEvent,
  occurredAt: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});
export type DeliveryDto = z.infer<typeof DeliveryDto>;
export const DeliveryList = z.object({ deliveries: z.array(DeliveryDto) });

export const OpenDataStatus = z.object({
  enabled: z.boolean(),
  publishedAt: z.string().nullable(),
  /** Paths of the public files, relative to the server (stable while published). */
  urls: z.object({ json: z.string(), csv: z.string(), metadata: z.string() }),
});
export type OpenDataStatus = z.infer<typeof OpenDataStatus>;
export const OpenDataBody = z.object({ enabled: z.boolean() }).strict();
