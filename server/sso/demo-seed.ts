import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';

/** Fixed, so the local demo provider (`npm run demo:idp`) knows Borgerblik's redirect address. */
export const DEMO_PROVIDER_ID = '5eed0000-0000-4000-8000-00000000000d';
export const DEMO_IDP_PORT = 4000;
export const DEMO_CLIENT_ID = 'borgerblik-demo';

/**
 * Demokommune signs in with the local demo OpenID Connect provider as well: a public client
 * (PKCE, no secret, so no key is needed), with two rules: the group "borgerservice" makes staff
 * of Borgerservice Hovedbiblioteket, the group "analyse" makes analysts.
 */
export async function seedDemoSso(db: Kysely<Database>, municipalityId: string, units: Map<string, string>) {
  await db
    .insertInto('sso_provider')
    .values({
      municipality_id: municipalityId,
      id: DEMO_PROVIDER_ID,
      kind: 'oidc',
      name: 'Demo-IdP (lokal)',
      settings: JSON.stringify({
        issuer: `http://127.0.0.1:${DEMO_IDP_PORT}`,
        clientId: DEMO_CLIENT_ID,
        scopes: 'openid email profile groups',
      }),
      updated_at: new Date(),
    })
    .execute();
  const library = units.get('Borgerservice Hovedbiblioteket');
  await db
    .insertInto('sso_mapping_rule')
    .values([
      {
        municipality_id: municipalityId,
        provider_id: DEMO_PROVIDER_ID,
        position: 0,
        claim: 'groups',
        value: 'borgerservice',
        role: 'staff',
        unit_ids: JSON.stringify(library ? [library] : []),
      },
      {
        municipality_id: municipalityId,
        provider_id: DEMO_PROVIDER_ID,
        position: 1,
        claim: 'groups',
        value: 'analyse',
        role: 'analyst',
        unit_ids: JSON.stringify([]),
      },
    ])
    .execute();
}
