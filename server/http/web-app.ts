import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { webAppResponses } from '../../shared/api/system.ts';

/**
 * Serves the built web app (vite build → dist/web) when it exists. Hashed assets are cached for a
 * year; index.html never, so a new version is picked up at once. Returns whether it was installed,
 * so the not-found handler can fall back to index.html for client-side routes.
 */
export async function installWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!existsSync(join(webDir, 'index.html'))) {
    app.log.warn({ webDir }, 'web app not built (run `npm run build:web`); serving the API only');
    return false;
  }
  await app.register(fastifyStatic, {
    root: webDir,
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    wildcard: true,
    index: false,
    setHeaders(res, path) {
      res.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get(
    '/',
    { schema: { tags: ['system'], summary: 'The web app', response: webAppResponses } },
    (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'),
  );
  return true;
}
