import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Compresses responses (pages, JSON, exports, the web app's files) when the client accepts it.
 * Brotli at quality 4 rather than its default 11: level 11 costs ~50× the CPU for a few percent
 * smaller output, which a busy citizen page or a 1 M-row export cannot afford; gzip stays the
 * fallback. Bodies under 1 KB go out as they are (the header costs more than it saves).
 */
export async function installCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 4,
      },
    },
    zlibOptions: { level: 6 },
  });
}
