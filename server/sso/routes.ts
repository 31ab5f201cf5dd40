import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateProviderBody,
  LoginOptions,
  LogoutResult,
  ProviderList,
  RulesBody,
  Settings,
  SettingsBody,
  UpdateProviderBody,
} from '../../shared/api/sso.ts';
import { SESSION_COOKIE } from '../auth/session-token.ts';
import { notFound } from '../http/app-error.ts';
import { authorize } from '../policies/authorize.ts';
import { canManageSso, canReadOrganisation } from '../policies/index.ts';
import { logoutWithProvider } from './logout.ts';
import { findMunicipalityBySlug, listProviders as listRows } from './repository.ts';
import { ProviderParams, SlugParams } from './schema.ts';
import * as service from './service.ts';

const tags = ['sso'];

/** Admin configuration of identity providers, the login page's options and logout. */
export const ssoRoutes: FastifyPluginAsyncZod = async (app) => {
  const list = (auth: Parameters<typeof service.listProviders>[2]) =>
    service.listProviders(app.db, app.config, auth);

  app.get(
    '/sso/providers',
    { schema: { tags, summary: 'Identity providers of the municipality', response: { 200: ProviderList } } },
    async (request) => list(authorize(request, canManageSso)),
  );

  app.post(
    '/sso/providers',
    {
      schema: {
        tags,
        summary: 'Add an identity provider',
        body: CreateProviderBody,
        response: { 201: ProviderList },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageSso);
      await app.db.transaction().execute((tx) => service.createProvider(tx, app.config, auth, request.body));
      return reply.status(201).send(await list(auth));
    },
  );

  app.patch(
    '/sso/providers/:id',
    {
      schema: {
        tags,
        summary: 'Change an identity provider',
        params: ProviderParams,
        body: UpdateProviderBody,
        response: { 200: ProviderList },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageSso);
      await app.db
        .transaction()
        .execute((tx) => service.updateProvider(tx, app.config, auth, request.params.id, request.body));
      return list(auth);
    },
  );

  app.delete(
    '/sso/providers/:id',
    {
      schema: {
        tags,
        summary: 'Remove an identity provider',
        params: ProviderParams,
        response: { 200: ProviderList },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageSso);
      await app.db.transaction().execute((tx) => service.deleteProvider(tx, auth, request.params.id));
      return list(auth);
    },
  );

  app.put(
    '/sso/providers/:id/rules',
    {
      schema: {
        tags,
        summary: 'Replace the mapping rules',
        params: ProviderParams,
        body: RulesBody,
        response: { 200: ProviderList },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageSso);
      await app.db
        .transaction()
        .execute((tx) => service.replaceRules(tx, auth, request.params.id, request.body.rules));
      return list(auth);
    },
  );

  app.patch(
    '/sso/settings',
    { schema: { tags, summary: 'Switch password login', body: SettingsBody, response: { 200: Settings } } },
    async (request) => {
      const auth = authorize(request, canManageSso);
      await app.db
        .transaction()
        .execute((tx) => service.setPasswordLogin(tx, auth, request.body.passwordLogin));
      return { passwordLogin: request.body.passwordLogin };
    },
  );

  app.get(
    '/sso/login-options/:slug',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'What the login page of a municipality offers',
        params: SlugParams,
        response: { 200: LoginOptions },
      },
    },
    async (request) => {
      const municipality = await findMunicipalityBySlug(app.db, request.params.slug);
      if (!municipality) throw notFound();
      const rows = await listRows(app.db, { municipalityId: municipality.id });
      return {
        municipality: { name: municipality.name, slug: municipality.slug },
        passwordLogin: municipality.password_login,
        providers: rows.filter((r) => r.enabled).map((r) => ({ id: r.id, name: r.name, kind: r.kind })),
      };
    },
  );

  app.post(
    '/sso/logout',
    { schema: { tags, summary: 'Log out, offering the provider logout', response: { 200: LogoutResult } } },
    async (request, reply) => {
      const auth = authorize(request, canReadOrganisation);
      const result = await logoutWithProvider(app.db, app.config, auth);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return result;
    },
  );
};
