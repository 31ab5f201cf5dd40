import type { DeliveryDto, SubscriptionDto, WebhookEvent } from '../../../shared/api/integrations.ts';
import type { DeliveryStatus } from '../tables.ts';

export function presentSubscription(r: {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  created_at: Date;
  pending?: number | null;
  failed?: number | null;
}): SubscriptionDto {
  return {
    id: r.id,
    url: r.url,
    events: r.events as WebhookEvent[],
    active: r.active,
    createdAt: r.created_at.toISOString(),
    pending: r.pending ?? 0,
    failed: r.failed ?? 0,
  };
}

export function presentDelivery(r: {
  id: number;
  event_id: string;
  event_type: string;
  occurred_at: Date;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: Date;
  last_attempt_at: Date | null;
  last_status: number | null;
  last_error: string | null;
  delivered_at: Date | null;
}): DeliveryDto {
  return {
    id: String(r.id),
    eventId: r.event_id,
    eventType: r.event_type as WebhookEvent,
    occurredAt: r.occurred_at.toISOString(),
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.status === 'pending' ? r.next_attempt_at.toISOString() : null,
    lastAttemptAt: r.last_attempt_at?.toISOString() ?? null,
    lastStatus: r.last_status,
    lastError: r.last_error,
    deliveredAt: r.delivered_at?.toISOString() ?? null,
  };
}
