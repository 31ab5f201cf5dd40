import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordBody, LoginBody, Me, UpdateMeBody } from '../../shared/api/auth.ts';
import { effectiveLocale } from '../../shared/i18n/locale.ts';
import { recordAudit } from '../audit/repository.ts';
import { authorize } from '../policies/authorize.ts';
import { canReadOrganisation } from '../policies/index.ts';
import { setSessionCookie } from './cookie.ts';
import { presentMe } from './presenter.ts';
import { findCountry, updateProfile } from './repository.ts';
import { changeOwnPassword, login, logout } from './service.ts';
import { SESSION_COOKIE } from './session-token.ts';

/** Login, logout and the signed-in user's profile. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Log in; sets the session cookie',
        body: LoginBody,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const { token, auth } = await login(app.db, request.body.email, request.body.password);
      setSessionCookie(reply, app.config.secureCookies, auth.municipalityId, token);
      request.auth = auth;
      return presentMe(app.db, auth);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Log out', response: { 204: z.null() } } },
    async (request, reply) => {
      const auth = authorize(request, canReadOrganisation);
      await logout(app.db, auth);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: Me } } },
    async (request) => presentMe(app.db, authorize(request, canReadOrganisation)),
  );

  app.patch(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change own language or name',
        body: UpdateMeBody,
        response: { 200: Me },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      await app.db.transaction().execute(async (tx) => {
        await updateProfile(tx, auth, auth.userId, request.body);
        await recordAudit(
          tx,
          auth,
          auth.userId,
          'user.update_profile',
          { type: 'user', id: auth.userId },
          request.body,
        );
      });
      const { locale, ...rest } = request.body;
      // null hands the choice back to the municipality: its country's language applies again.
      const language =
        locale === undefined
          ? {}
          : locale === null
            ? { locale: effectiveLocale(null, await findCountry(app.db, auth)), localeChosen: false }
            : { locale, localeChosen: true };
      const updated = { ...auth, ...rest, ...language };
      request.auth = updated;
      return presentMe(app.db, updated);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Change own password',
        body: ChangePasswordBody,
        response: { 200: Me },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const { currentPassword, newPassword } = request.body;
      await app.db.transaction().execute((tx) => changeOwnPassword(tx, auth, currentPassword, newPassword));
      const updated = { ...auth, mustChangePassword: false };
      request.auth = updated;
      return presentMe(app.db, updated);
    },
  );
};
