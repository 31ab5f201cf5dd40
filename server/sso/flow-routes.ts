import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../shared/api/common.ts';
import type { RefusalReason } from '../../shared/api/sso.ts';
import { setSessionCookie } from '../auth/cookie.ts';
import { newSecret } from '../auth/session-token.ts';
import { AppError, notFound } from '../http/app-error.ts';
import { takeAttempt } from './attempt-repository.ts';
import { bindBrowser, browserMatches, clearBrowserBinding } from './browser-binding.ts';
import { oidc, saml } from './protocols.ts';
import {
  type ProviderIdentity,
  recordRefusal,
  type SignInResult,
  signInFromProvider,
} from './provisioning.ts';
import { findMunicipalityBySlug, findProvider, type ProviderRow } from './repository.ts';
import type { finishSaml } from './saml/flow.ts';
import { AcsBody, CallbackQuery, FlowParams } from './schema.ts';
import { sealLogoutData } from './secrets.ts';
import { providerUrls } from './urls.ts';

const redirectOnly = { 302: z.null(), 303: z.null() };
const tags = ['Sign-in (identity providers)'];

/**
 * The browser side of provider sign-in, outside /api: start → provider → callback (OIDC) or
 * assertion consumer (SAML) → session cookie → the web app. Refusals land on the web app's
 * refusal page (/login/{slug}/refused) and in the audit log.
 */
export const ssoFlowRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  const limit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

  async function resolve(slug: string, id: string) {
    const municipality = await findMunicipalityBySlug(app.db, slug);
    const provider = municipality
      ? await findProvider(app.db, { municipalityId: municipality.id }, id)
      : undefined;
    if (!municipality || !provider) throw notFound();
    return {
      municipality,
      provider,
      urls: providerUrls(app.config.publicUrl, municipality.slug, provider.id),
    };
  }

  const refused = (reply: FastifyReply, slug: string, reason: RefusalReason) => {
    clearBrowserBinding(reply);
    return reply.redirect(`/login/${encodeURIComponent(slug)}/refused?reason=${reason}`, 303);
  };

  /** Takes the attempt and checks it belongs to this provider and this browser. */
  async function takeChecked(request: FastifyRequest, provider: ProviderRow, state: string | undefined) {
    if (!state) return { attempt: undefined, problem: 'no state' };
    if (!provider.enabled) return { attempt: undefined, problem: 'provider disabled' };
    const attempt = await takeAttempt(app.db, { municipalityId: provider.municipality_id }, state);
    if (!attempt) return { attempt: undefined, problem: 'unknown or used state' };
    if (attempt.provider_id !== provider.id)
      return { attempt: undefined, problem: 'state of another provider' };
    if (attempt.expires_at <= new Date()) return { attempt: undefined, problem: 'expired' };
    if (!browserMatches(request, attempt.browser_hash))
      return { attempt: undefined, problem: 'other browser' };
    return { attempt, problem: null };
  }

  async function complete(reply: FastifyReply, slug: string, result: SignInResult) {
    if (!result.ok) return refused(reply, slug, result.reason);
    clearBrowserBinding(reply);
    setSessionCookie(reply, app.config.secureCookies, result.auth.municipalityId, result.token);
    return reply.redirect('/', 303);
  }

  async function fail(reply: FastifyReply, slug: string, provider: ProviderRow, problem: string) {
    await recordRefusal(app.db, { municipalityId: provider.municipality_id }, provider, 'failed', {
      problem,
    });
    return refused(reply, slug, 'failed');
  }

  app.get(
    '/sso/:slug/:id/start',
    { config: limit, schema: { tags, params: FlowParams, response: redirectOnly } },
    async (request, reply) => {
      const { municipality, provider, urls } = await resolve(request.params.slug, request.params.id);
      if (!provider.enabled) return refused(reply, municipality.slug, 'unavailable');
      const browserHash = bindBrowser(reply, app.config.secureCookies);
      try {
        const url =
          provider.kind === 'oidc'
            ? await (await oidc()).startOidc(app.db, app.config, provider, urls, browserHash)
            : await (await saml()).startSaml(app.db, app.config, provider, urls, browserHash, newSecret());
        return reply.redirect(url, 302);
      } catch (err) {
        request.log.warn({ err, provider: provider.id }, 'identity provider login could not start');
        return refused(reply, municipality.slug, 'unavailable');
      }
    },
  );

  app.get(
    '/sso/:slug/:id/oidc/callback',
    {
      config: limit,
      schema: { tags, params: FlowParams, querystring: CallbackQuery, response: redirectOnly },
    },
    async (request, reply) => {
      const { municipality, provider } = await resolve(request.params.slug, request.params.id);
      if (provider.kind !== 'oidc') throw notFound();
      const { attempt, problem } = await takeChecked(request, provider, request.query.state);
      if (!attempt) return fail(reply, municipality.slug, provider, problem ?? 'state');
      if (request.query.error)
        return fail(reply, municipality.slug, provider, `provider: ${request.query.error}`);
      let identity: ProviderIdentity;
      let idToken: string | null;
      try {
        const callbackUrl = new URL(
          request.url,
          providerUrls(app.config.publicUrl, municipality.slug, provider.id).redirectUri,
        );
        ({ identity, idToken } = await (await oidc()).finishOidc(app.config, provider, attempt, callbackUrl));
      } catch (err) {
        return fail(reply, municipality.slug, provider, err instanceof Error ? err.message : 'oidc');
      }
      const result = await signInFromProvider(app.db, provider, identity, 'oidc', (tokenHash) =>
        sealLogoutData(app.config.secretKey, provider.municipality_id, tokenHash, { idToken }),
      );
      return complete(reply, municipality.slug, result);
    },
  );

  app.post(
    '/sso/:slug/:id/saml/acs',
    { config: limit, schema: { tags, params: FlowParams, body: AcsBody, response: redirectOnly } },
    async (request, reply) => {
      const { municipality, provider, urls } = await resolve(request.params.slug, request.params.id);
      if (provider.kind !== 'saml') throw notFound();
      const { attempt, problem } = await takeChecked(request, provider, request.body.RelayState);
      if (!attempt) return fail(reply, municipality.slug, provider, problem ?? 'RelayState');
      let found: Awaited<ReturnType<typeof finishSaml>>;
      try {
        found = await (await saml()).finishSaml(app.config, provider, urls, attempt, request.body);
      } catch (err) {
        return fail(reply, municipality.slug, provider, err instanceof Error ? err.message : 'saml');
      }
      const result = await signInFromProvider(app.db, provider, found.identity, 'saml', (tokenHash) =>
        sealLogoutData(app.config.secretKey, provider.municipality_id, tokenHash, found.logout),
      );
      return complete(reply, municipality.slug, result);
    },
  );

  app.get(
    '/sso/:slug/:id/saml/metadata',
    {
      schema: {
        tags,
        params: FlowParams,
        response: { 200: fileResponse('application/samlmetadata+xml', 'SAML 2.0 SP metadata') },
      },
    },
    async (request, reply) => {
      const { provider, urls } = await resolve(request.params.slug, request.params.id);
      if (provider.kind !== 'saml') throw notFound();
      if (!app.config.secretKey) throw new AppError('secret_key_missing');
      return reply
        .type('application/samlmetadata+xml; charset=utf-8')
        .send((await saml()).samlMetadata(app.config, provider, urls));
    },
  );

  // The IdP sends the browser back here after single logout; the Borgerblik session ended before.
  app.get(
    '/sso/:slug/:id/saml/slo',
    { schema: { tags, params: FlowParams, response: redirectOnly } },
    async (request, reply) => {
      const { municipality } = await resolve(request.params.slug, request.params.id);
      return reply.redirect(`/login/${encodeURIComponent(municipality.slug)}`, 303);
    },
  );
};
