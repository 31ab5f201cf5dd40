import { rm } from 'node:fs/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ErasureHitSchema,
  ErasureRequestSchema,
  ErasureSearchSchema,
} from '../../../shared/api/lifecycle.ts';
import { recordAudit } from '../../audit/repository.ts';
import { photoPath } from '../../improvement/observations/photos.ts';
import { authorize } from '../../policies/authorize.ts';
import { canManageLifecycle } from '../../policies/index.ts';
import { eraseRows, searchPerson } from './repository.ts';

const tags = ['lifecycle'];
const EXCERPT = 80;

/** Shows the words around the match, not the whole note. */
function excerpt(text: string, term: string): string {
  const at = text.toLowerCase().indexOf(term.toLowerCase());
  const start = Math.max(0, at - EXCERPT);
  const end = Math.min(text.length, (at < 0 ? 0 : at) + term.length + EXCERPT);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** A citizen's rights: find everything about a named person or case number, and erase it (admins). */
export const erasureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/lifecycle/erasure/search',
    {
      schema: {
        tags,
        // POST, so the name searched for stays out of URLs and access logs.
        summary: 'Find complaints, interviews, quotes and observations that mention a person or case number',
        body: ErasureSearchSchema,
        response: { 200: z.object({ hits: z.array(ErasureHitSchema) }) },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageLifecycle);
      const hits = await searchPerson(app.db, auth, request.body.q);
      return {
        hits: hits.map((h) => ({
          kind: h.kind,
          id: h.id,
          date: h.date,
          excerpt: excerpt(h.text, request.body.q),
        })),
      };
    },
  );

  app.post(
    '/lifecycle/erasure',
    {
      schema: {
        tags,
        summary: 'Erase the chosen rows, with an audit entry',
        body: ErasureRequestSchema,
        response: { 200: z.object({ erased: z.record(z.string(), z.number().int()) }) },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageLifecycle);
      const { items, reference } = request.body;
      const erased = await app.db.transaction().execute(async (tx) => {
        const counts = await eraseRows(tx, auth, items);
        // The audit entry names the request, never the person.
        await recordAudit(tx, auth, auth.userId, 'erasure', null, { reference, counts });
        return counts;
      });
      for (const item of items.filter((i) => i.kind === 'observation'))
        await rm(photoPath(app.config.dataDir, auth.municipalityId, item.id), { force: true });
      return { erased };
    },
  );
};
