import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures: HMAC-SHA256 with the subscription's secret over `<timestamp>.<body>`, sent as
 *   Borgerblik-Timestamp: <unix seconds>
 *   Borgerblik-Signature: v1=<hex digest>
 * A receiver recomputes the digest over the raw body and rejects timestamps outside its replay window
 * (REPLAY_WINDOW_S); the event id (Borgerblik-Event-Id) lets it drop a repeated delivery.
 */
export const REPLAY_WINDOW_S = 300;
export const SIGNATURE_VERSION = 'v1';

export function signPayload(secret: string, timestamp: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `${SIGNATURE_VERSION}=${digest}`;
}

/** What a receiver does (used by the tests and shown in docs/INTEGRATION.md). */
export function verifySignature(
  secret: string,
  header: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowS = Math.floor(Date.now() / 1000),
): boolean {
  const timestamp = Number(header.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowS - timestamp) > REPLAY_WINDOW_S) return false;
  const expected = Buffer.from(signPayload(secret, timestamp, body));
  const given = Buffer.from(header.signature ?? '');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
