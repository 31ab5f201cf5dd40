import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person at the test/demo provider. */
export interface IdpPerson {
  sub: string;
  name: string;
  email: string;
  groups: string[];
}

export interface OidcIdp {
  issuer: string;
  people: Map<string, IdpPerson>;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(uid: string, people: IdpPerson[]): string {
  const buttons = people
    .map(
      (p) =>
        `<li><form method="post" action="/interaction/${uid}/login"><input type="hidden" name="account" value="${esc(p.sub)}">` +
        `<button type="submit">${esc(p.name)}</button> <span>(${esc(p.groups.join(', '))})</span></form></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo identity provider</title></head><body><main><h1>Demo identity provider</h1><p>Choose who signs in:</p><ul>${buttons}</ul></main></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

/**
 * A real OpenID Connect provider (node-oidc-provider) on loopback, for the tests and
 * `npm run demo:idp`. Its sign-in page lists the people; choosing one signs them in. Claims
 * (name, email, groups) go into the id_token, as Entra ID does with its groups claim.
 */
export async function startOidcIdp(options: {
  port?: number;
  clientId: string;
  clientSecret?: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  people: IdpPerson[];
}): Promise<OidcIdp> {
  const people = new Map(options.people.map((p) => [p.sub, p]));
  let provider: Provider | undefined;
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (!provider) return res.end();
    const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(req.url?.split('?')[0] ?? '');
    if (!match) return provider.callback()(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (!match[2]) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return res.end(page(details.uid, [...people.values()]));
      }
      const accountId = (await readForm(req)).get('account') ?? '';
      if (!people.has(accountId)) {
        res.statusCode = 400;
        return res.end('unknown account');
      }
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (err) {
      res.statusCode = 500;
      res.end(String(err));
    }
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        ...(options.clientSecret
          ? { client_secret: options.clientSecret, token_endpoint_auth_method: 'client_secret_post' }
          : { token_endpoint_auth_method: 'none' }),
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email'], profile: ['name'], groups: ['groups'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, name: person.name, email: person.email, groups: person.groups }),
      };
    },
  });
  return {
    issuer,
    people,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
