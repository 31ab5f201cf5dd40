import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AccessibilityBody, CitizenSettings, EmbedOriginsBody } from '../../shared/api/citizen-settings.ts';
import { authorize } from '../policies/authorize.ts';
import { canManageCitizenPages, canReadOrganisation } from '../policies/index.ts';
import { presentSettings } from './presenter.ts';
import { findSettings } from './repository.ts';
import { setEmbedOrigins, setStatement } from './service.ts';

const tags = ['citizen settings'];

/**
 * The municipality's settings for its citizen pages: origins allowed to embed the surveys and the
 * accessibility statement. Everyone signed in may read them (the survey page shows the embed snippet);
 * only admins change them.
 */
export const citizenSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const current = async (tenant: { municipalityId: string }) =>
    presentSettings(await findSettings(app.db, tenant));

  app.get(
    '/citizen-settings',
    { schema: { tags, summary: 'Embedding and accessibility settings', response: { 200: CitizenSettings } } },
    async (request) => current(authorize(request, canReadOrganisation)),
  );

  app.put(
    '/citizen-settings/embed-origins',
    {
      schema: {
        tags,
        summary: 'Set the web origins allowed to embed the surveys (admin)',
        body: EmbedOriginsBody,
        response: { 200: CitizenSettings },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageCitizenPages);
      await setEmbedOrigins(app.db, auth, request.body.origins);
      return current(auth);
    },
  );

  app.put(
    '/citizen-settings/accessibility',
    {
      schema: {
        tags,
        summary: 'Set the accessibility statement address and contacts (admin)',
        body: AccessibilityBody,
        response: { 200: CitizenSettings },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageCitizenPages);
      await setStatement(app.db, auth, { ...request.body, contactPhone: request.body.contactPhone ?? null });
      return current(auth);
    },
  );
};
