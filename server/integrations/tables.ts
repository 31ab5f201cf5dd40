import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A machine's key to the API: only a SHA-256 of its secret is kept. */
export interface ApiTokenTable {
  municipality_id: string;
  id: Generated<string>;
  name: string;
  scopes: string[];
  secret_hash: string;
  created_by: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface WebhookSubscriptionTable {
  municipality_id: string;
  id: Generated<string>;
  url: string;
  events: string[];
  /** The signing secret, encrypted with BORGERBLIK_SECRET_KEY (server/crypto/secret-box.ts). */
  secret_box: string;
  active: Generated<boolean>;
  created_by: string;
  created_at: Generated<Date>;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** The outbox: one row per event and subscription, written by triggers in the change's transaction. */
export interface WebhookDeliveryTable {
  municipality_id: string;
  /** bigint identity: the order events are delivered in, per subscription. */
  id: Generated<number>;
  subscription_id: string;
  event_id: string;
  event_type: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  occurred_at: Generated<Date>;
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  last_attempt_at: NullableTimestamp;
  last_status: number | null;
  last_error: string | null;
  delivered_at: NullableTimestamp;
}

/** Survey responses counted per INSERT statement, turned into `response.received` events per minute. */
export interface WebhookResponseTickTable {
  municipality_id: string;
  id: Generated<number>;
  survey_id: string;
  n: number;
  at: Generated<Date>;
}

/** A row means the municipality publishes its indicator figures as open data. */
export interface OpenDataPublicationTable {
  municipality_id: string;
  published_at: Generated<Date>;
  published_by: string;
}

export interface IntegrationTables {
  api_token: ApiTokenTable;
  webhook_subscription: WebhookSubscriptionTable;
  webhook_delivery: WebhookDeliveryTable;
  webhook_response_tick: WebhookResponseTickTable;
  open_data_publication: OpenDataPublicationTable;
}
