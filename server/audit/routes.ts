import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../policies/authorize.ts';
import { canReadAudit } from '../policies/index.ts';
import { listAudit } from './repository.ts';

const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string(), email: z.string() }).nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

/** GET /audit: the municipality's audit log for admins, newest first, paged by an opaque cursor. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log (admins)',
        querystring: z
          .object({
            limit: z.coerce.number().int().min(1).max(200).default(50),
            before: z
              .string()
              .regex(/^\d{1,18}$/)
              .optional(),
          })
          .strict(),
        response: { 200: z.object({ entries: z.array(AuditEntry), nextBefore: z.string().nullable() }) },
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
