import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { openApiResponses } from '../../shared/api/system.ts';
import { BEARER_SCHEME, withTokenScopes } from '../integrations/tokens/openapi-scopes.ts';

/**
 * The OpenAPI document is generated from the same zod schemas that validate the requests, so it
 * cannot drift from the code. Served as JSON and as a readable page.
 */
export async function installOpenApi(app: FastifyInstance, secure: boolean) {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Borgerblik API',
        description:
          'HTTP API of Borgerblik. Authenticate with POST /api/v1/auth/login (session cookie); send the ' +
          'csrfToken from the login answer as the X-CSRF-Token header on every write. Machines use an API ' +
          'token instead: `Authorization: Bearer bbk_…`, limited to the scope each operation names.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'bb_session' },
          bearer: BEARER_SCHEME,
        },
      },
      security: [{ session: [] }],
    },
    transform: withTokenScopes(jsonSchemaTransform),
  });
  // The docs page and its assets are public: they describe the API, they do not call it.
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, public: true };
    });
    // The page's own CSP, with hashes of its inline script and style (from @fastify/swagger); no
    // framing; upgrade-insecure-requests only when served over HTTPS (it would break plain-HTTP demos).
    await docs.register(fastifySwaggerUi, {
      routePrefix: '/api/v1/docs',
      staticCSP: true,
      transformStaticCSP: (header) => {
        const csp = header
          .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
          .replace(' validator.swagger.io', '');
        return secure ? csp : csp.replace(/\s*upgrade-insecure-requests;?/, '');
      },
      uiConfig: { validatorUrl: null },
    });
  });
  app.get(
    '/api/v1/openapi.json',
    {
      schema: { tags: ['system'], summary: 'This document', response: openApiResponses },
      config: { public: true },
    },
    async () => app.swagger(),
  );
}
