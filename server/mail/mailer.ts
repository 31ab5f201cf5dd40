import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';

/** One plain-text message. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** What happened to a message: sent, skipped because mail is not configured, or failed (logged). */
export type MailOutcome = 'sent' | 'skipped' | 'failed';

/** Sender when BORGERBLIK_MAIL_FROM is unset; a municipality sets its own so replies and SPF work. */
export const DEFAULT_FROM = 'Borgerblik <noreply@borgerblik.invalid>';
let cached: { url: string; transport: Transporter } | undefined;

/** The transport for an SMTP URL, made once and reused (nodemailer pools nothing by default; this keeps one object). */
function transportFor(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

/**
 * Sends a message through `BORGERBLIK_SMTP_URL` (e.g. `smtp://host:25`, `smtps://user:pass@host:465`).
 * Without it, logs one line and skips: mail is optional, and a missing mail server must never cost a
 * citizen's answer, so errors are logged here rather than thrown. The URL is read per call so a
 * changed setting (or a test's server) takes effect without a restart (the sender likewise, from
 * `BORGERBLIK_MAIL_FROM`); the address itself is never
 * logged, since it may hold a password.
 */
export async function sendMail(
  message: MailMessage,
  log: FastifyBaseLogger,
  url = process.env.BORGERBLIK_SMTP_URL,
): Promise<MailOutcome> {
  if (!url) {
    log.info({ subject: message.subject }, 'mail not configured (BORGERBLIK_SMTP_URL unset); e-mail skipped');
    return 'skipped';
  }
  try {
    const from = process.env.BORGERBLIK_MAIL_FROM || DEFAULT_FROM;
    await transportFor(url).sendMail({ from, ...message });
    log.info({ subject: message.subject }, 'mail sent');
    return 'sent';
  } catch (err) {
    log.error({ err, subject: message.subject }, 'mail could not be sent');
    return 'failed';
  }
}
