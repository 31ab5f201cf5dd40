import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { BlockedAddressError, guardedLookup, isBlockedAddress } from './address-guard.ts';

export interface SendResult {
  /** HTTP status, or null when no answer came (then `error` says why). */
  status: number | null;
  error: string | null;
}

export interface SenderOptions {
  allowPrivate: boolean;
  timeoutMs?: number;
}

const MAX_SOCKETS = 64;

/**
 * Posts signed webhook bodies. Redirects are never followed (a 3xx counts as a failed attempt: the
 * target could point anywhere); connections are kept alive per host; the SSRF guard checks every
 * address a connection would use unless private addresses are allowed.
 */
export class WebhookSender {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });

  constructor(private readonly options: SenderOptions) {}

  send(url: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (!this.options.allowPrivate && isIP(host) && isBlockedAddress(host)) {
      return Promise.resolve({ status: null, error: 'blocked_address' });
    }
    const secure = target.protocol === 'https:';
    return new Promise((resolve) => {
      const request = (secure ? https : http).request(
        target,
        {
          method: 'POST',
          agent: secure ? this.httpsAgent : this.httpAgent,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          timeout: this.options.timeoutMs ?? 10_000,
          ...(this.options.allowPrivate ? {} : { lookup: guardedLookup }),
        },
        (response) => {
          // The answer's body is not used: drain it so the connection can be reused.
          response.resume();
          response.on('end', () => {
            const status = response.statusCode ?? null;
            const ok = status !== null && status >= 200 && status < 300;
            resolve({
              status,
              error: ok ? null : status !== null && status < 400 ? 'redirect_not_followed' : 'http_error',
            });
          });
          response.on('error', () =>
            resolve({ status: response.statusCode ?? null, error: 'response_aborted' }),
          );
        },
      );
      request.on('timeout', () =>
        request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
      );
      request.on('error', (err: NodeJS.ErrnoException) => {
        const code = err instanceof BlockedAddressError ? 'blocked_address' : (err.code ?? 'network_error');
        resolve({ status: null, error: code });
      });
      request.end(body);
    });
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
