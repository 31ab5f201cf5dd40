import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OffboardPreviewSchema, OffboardSchema } from '../../../shared/api/lifecycle.ts';
import { recordAudit } from '../../audit/repository.ts';
import { authorize } from '../../policies/authorize.ts';
import { canManageLifecycle } from '../../policies/index.ts';
import type { LifecycleDeps } from '../clock.ts';
import { offboard, offboardingPreview } from '../offboarding/service.ts';
import { exportArchive } from './archive.ts';

const tags = ['lifecycle'];

/** The full export of a municipality and offboarding (admins). */
export const exportRoutes: FastifyPluginAsyncZod<LifecycleDeps> = async (app, { clock }) => {
  app.get(
    '/lifecycle/export.zip',
    {
      schema: {
        tags,
        summary:
          'Everything of the municipality as one zip (JSON Lines per table, people CSV, manifest); streamed',
        response: { 200: z.unknown().describe('application/zip') },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageLifecycle);
      const now = clock.now();
      const archive = exportArchive(app.db, auth.municipalityId, app.config.dataDir, now, (summary) =>
        // Recorded when the last table has streamed: offboarding asks for a finished export.
        recordAudit(app.db, auth, auth.userId, 'lifecycle.export', null, { ...summary }, now),
      );
      archive.on('error', (err) => request.log.error({ err }, 'export failed'));
      const day = now.toISOString().slice(0, 10);
      reply
        .header('content-disposition', `attachment; filename="borgerblik-export-${day}.zip"`)
        .type('application/zip');
      return reply.send(archive);
    },
  );

  app.get(
    '/lifecycle/offboarding',
    {
      schema: {
        tags,
        summary: 'What offboarding would delete, and whether the final export is done',
        response: { 200: OffboardPreviewSchema },
      },
    },
    async (request) => offboardingPreview(app.db, authorize(request, canManageLifecycle), clock.now()),
  );

  app.post(
    '/lifecycle/offboarding',
    {
      schema: {
        tags,
        summary:
          'Delete the municipality completely (after the final export; type its short name to confirm)',
        body: OffboardSchema,
        response: { 200: z.object({ deletedRows: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageLifecycle);
      const deleted = await offboard(app.db, auth, request.body.confirmSlug, clock.now(), app.config.dataDir);
      const deletedRows = Object.values(deleted).reduce((a, b) => a + b, 0);
      // The municipality's own audit log is gone with it; the server log keeps the record.
      request.log.warn(
        { municipalityId: auth.municipalityId, by: auth.email, deleted },
        'municipality offboarded',
      );
      reply.clearCookie('bb_session', { path: '/' });
      return { deletedRows };
    },
  );
};
