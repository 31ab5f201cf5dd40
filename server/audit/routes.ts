import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPage, AuditQuery } from '../../shared/api/audit.ts';
import { authorize } from '../policies/authorize.ts';
import { canReadAudit } from '../policies/index.ts';
import { listAudit } from './repository.ts';

/** GET /audit: the municipality's audit log for admins, newest first, paged by an opaque cursor. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log (admins)',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadAudit);
      const { limit, before } = request.query;
      const rows = await listAudit(app.db, auth, { limit, before });
      const entries = rows.map((r) => ({
        id: String(r.id),
        at: r.at.toISOString(),
        actor: r.actor_user_id && r.actor_email ? { id: r.actor_user_id, email: r.actor_email } : null,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        details: r.details,
      }));
      const last = entries.at(-1);
      // The cursor is the last id: ids only grow, so no entry is skipped or repeated between pages.
      return { entries, nextBefore: entries.length === limit && last ? last.id : null };
    },
  );
};
