import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../signature.ts';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  event: {
    id: string;
    type: string;
    occurredAt: string;
    municipalityId: string;
    data: Record<string, unknown>;
  };
  signatureValid: boolean;
  at: number;
}

/** What the receiver answers to the n-th request (0-based): a status, or 'hang' (never answers). */
export type Script = (n: number) => number | 'hang';

/**
 * A webhook receiver on loopback for the tests: it checks every signature with the subscription's
 * secret (set once known), keeps what arrived, and answers as scripted (e.g. 500 a few times).
 */
export class Receiver {
  readonly received: Received[] = [];
  secret = '';
  script: Script = () => 200;
  private server: Server | undefined;
  private waiters: Array<() => void> = [];
  private requests = 0;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const n = this.requests++;
        const answer = this.script(n);
        if (answer === 'hang') return this.notify();
        const body = Buffer.concat(chunks).toString('utf8');
        if (answer >= 200 && answer < 300) {
          const signatureValid = verifySignature(
            this.secret,
            {
              timestamp: header(req.headers, 'borgerblik-timestamp'),
              signature: header(req.headers, 'borgerblik-signature'),
            },
            body,
          );
          this.received.push({
            headers: req.headers,
            body,
            event: JSON.parse(body),
            signatureValid,
            at: Date.now(),
          });
        }
        res.writeHead(answer).end();
        this.notify();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  get requestCount(): number {
    return this.requests;
  }

  /** Resolves when `test` holds, checked after every request; fails after `ms`. */
  async until(test: () => boolean, ms = 20_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!test()) {
      if (Date.now() > deadline)
        throw new Error(`receiver: condition not met in ${ms} ms (${this.received.length} received)`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  private notify() {
    for (const w of this.waiters.splice(0)) w();
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}
