import { Readable } from 'node:stream';
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Smaller bodies go out as they are: the header and the work cost more than they save. */
export const COMPRESS_THRESHOLD = 1024;

/** Content types worth compressing (text and JSON-like; images, zips and XLSX are already compressed). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|x-ndjson|problem\+json)|image\/svg\+xml)/;

type Encoding = 'br' | 'gzip';
const negotiator = new Negotiator<Encoding>({ supportedValues: ['br', 'gzip'] });

// Brotli at quality 4 with an 18-bit window (256 KB), not its defaults (11, 4 MB): level 11 costs
// ~50× the CPU for a few percent smaller output, and a 4 MB window is allocated per response.
const brotliParams = (sizeHint: number) => ({
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: 4,
    [constants.BROTLI_PARAM_LGWIN]: 18,
    ...(sizeHint > 0 ? { [constants.BROTLI_PARAM_SIZE_HINT]: sizeHint } : {}),
  },
});

function compressBody(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, brotliParams(body.length))
    : gzipSync(body, { level: 6 });
}

function compressStream(stream: Readable, encoding: Encoding): Readable {
  const zip = encoding === 'br' ? createBrotliCompress(brotliParams(0)) : createGzip({ level: 6 });
  stream.on('error', (error) => zip.destroy(error));
  return stream.pipe(zip);
}

function chosenEncoding(reply: FastifyReply, accept: string | undefined): Encoding | null {
  if (!accept || reply.hasHeader('content-encoding')) return null;
  if (reply.statusCode === 204 || reply.statusCode === 304 || reply.request.method === 'HEAD') return null;
  const type = String(reply.getHeader('content-type') ?? '');
  if (!COMPRESSIBLE.test(type)) return null;
  return negotiator.negotiate(accept);
}

/**
 * Compresses responses (citizen pages, JSON, CSV exports, the web app's files) when the client accepts
 * brotli or gzip. Why our own hook instead of @fastify/compress: that plugin turns every body into a
 * stream and builds a compressor per response; on the 9 KB citizen page it added 300–800 µs of CPU per
 * request, while one synchronous call here costs 40–70 µs (bench/public-page.ts). Streams (exports,
 * static files) are piped through a streaming compressor with backpressure as before.
 */
export function installCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    // Most API answers are small: leave them before negotiating or reading any header.
    if (typeof payload === 'string' && Buffer.byteLength(payload) < COMPRESS_THRESHOLD) return payload;
    if (Buffer.isBuffer(payload) && payload.length < COMPRESS_THRESHOLD) return payload;
    const encoding = chosenEncoding(reply, request.headers['accept-encoding']);
    if (!encoding) return payload;
    if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
      const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
      if (body.length < COMPRESS_THRESHOLD) return payload;
      reply.header('content-encoding', encoding).header('vary', varyWith(reply));
      const out = compressBody(body, encoding);
      reply.header('content-length', out.length);
      return out;
    }
    if (payload instanceof Readable) {
      const length = Number(reply.getHeader('content-length') ?? Number.NaN);
      if (length < COMPRESS_THRESHOLD) return payload;
      reply.removeHeader('content-length');
      reply.header('content-encoding', encoding).header('vary', varyWith(reply));
      return compressStream(payload, encoding);
    }
    return payload;
  });
}

/** A body sent many times (a cached citizen page): its bytes, and each encoding once made. */
export interface EncodedBody {
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

export const encodedBody = (text: string): EncodedBody => ({ identity: Buffer.from(text) });

/**
 * The bytes of a reused body in the encoding this request accepts, compressed on first use and kept
 * with the body (same settings as the hook, which then leaves the answer alone). Sets Content-Encoding
 * and Vary.
 */
export function encodedFor(reply: FastifyReply, body: EncodedBody): Buffer {
  const accept = reply.request.headers['accept-encoding'];
  if (body.identity.length < COMPRESS_THRESHOLD) return body.identity;
  reply.header('vary', varyWith(reply));
  const encoding = accept && reply.request.method !== 'HEAD' ? negotiator.negotiate(accept) : null;
  if (!encoding) return body.identity;
  let out = body[encoding];
  if (!out) {
    out = compressBody(body.identity, encoding);
    body[encoding] = out;
  }
  reply.header('content-encoding', encoding);
  return out;
}

/** The Vary header with Accept-Encoding added (kept when another hook set Vary already). */
function varyWith(reply: FastifyReply): string {
  const vary = String(reply.getHeader('vary') ?? '');
  if (/accept-encoding/i.test(vary)) return vary;
  return vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
}
