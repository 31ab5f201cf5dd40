import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ComplianceLangSchema,
  CompliancePackSchema,
  ComplianceProfileSchema,
} from '../../../shared/api/lifecycle.ts';
import { authorize } from '../../policies/authorize.ts';
import { canManageLifecycle } from '../../policies/index.ts';
import type { LifecycleDeps } from '../clock.ts';
import { compliancePackHtml } from './html.ts';
import { compliancePack, loadProfile, saveProfile } from './service.ts';

const tags = ['lifecycle'];
const LangQuery = z.object({ lang: ComplianceLangSchema.default('da') }).strict();

/** The compliance pack (record of processing, DPA annex draft, anonymity) and its profile fields (admins). */
export const complianceRoutes: FastifyPluginAsyncZod<LifecycleDeps> = async (app, { clock }) => {
  const env = () => ({ config: app.config, dbKind: app.dbKind, now: clock.now() });

  app.get(
    '/lifecycle/compliance',
    {
      schema: {
        tags,
        summary: 'The compliance pack from the live configuration',
        querystring: LangQuery,
        response: { 200: CompliancePackSchema },
      },
    },
    async (request) =>
      compliancePack(app.db, authorize(request, canManageLifecycle), request.query.lang, env()),
  );

  app.get(
    '/lifecycle/compliance.html',
    {
      schema: {
        tags,
        summary: 'The compliance pack as a printable HTML file (download)',
        querystring: LangQuery,
        response: { 200: z.string().describe('text/html') },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageLifecycle);
      const pack = await compliancePack(app.db, auth, request.query.lang, env());
      const name = `borgerblik-compliance-${request.query.lang}.html`;
      reply.header('content-disposition', `attachment; filename="${name}"`).type('text/html; charset=utf-8');
      return compliancePackHtml(pack, request.query.lang);
    },
  );

  app.get(
    '/lifecycle/compliance/profile',
    {
      schema: {
        tags,
        summary: 'Fields of the pack the software cannot know',
        response: { 200: ComplianceProfileSchema },
      },
    },
    async (request) => loadProfile(app.db, authorize(request, canManageLifecycle)),
  );

  app.patch(
    '/lifecycle/compliance/profile',
    {
      schema: {
        tags,
        summary: 'Save those fields',
        body: ComplianceProfileSchema,
        response: { 200: ComplianceProfileSchema },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageLifecycle);
      await app.db.transaction().execute((tx) => saveProfile(tx, auth, request.body));
      return loadProfile(app.db, auth);
    },
  );
};
