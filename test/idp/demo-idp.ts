import { DEMO_CLIENT_ID, DEMO_IDP_PORT, DEMO_PROVIDER_ID } from '../../server/sso/demo-seed.ts';
import { startOidcIdp } from './oidc.ts';

/**
 * `npm run demo:idp`: a local OpenID Connect provider for trying single sign-on with the demo
 * municipality. Two people in different groups: Sofie (borgerservice → staff of the library's
 * citizen service) and Jonas (analyse → analyst). Loopback only; not for real use.
 */
const appPort = Number(process.env.PORT ?? 3000);
const callbacks = ['localhost', '127.0.0.1'].map(
  (host) => `http://${host}:${appPort}/sso/demokommune/${DEMO_PROVIDER_ID}/oidc/callback`,
);
const logouts = ['localhost', '127.0.0.1'].map((host) => `http://${host}:${appPort}/login/demokommune`);
const idp = await startOidcIdp({
  port: Number(process.env.DEMO_IDP_PORT ?? DEMO_IDP_PORT),
  clientId: DEMO_CLIENT_ID,
  redirectUris: callbacks,
  postLogoutRedirectUris: logouts,
  people: [
    { sub: 'sofie', name: 'Sofie Sørensen', email: 'sofie@demokommune.dk', groups: ['borgerservice'] },
    { sub: 'jonas', name: 'Jonas Jensen', email: 'jonas@demokommune.dk', groups: ['analyse'] },
  ],
});
console.log(`Demo identity provider on ${idp.issuer}`);
console.log(
  `Sign in at http://localhost:${appPort}/login/demokommune ("Log ind med Demo-IdP (lokal)"). Ctrl-C stops.`,
);
const stop = () => void idp.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
