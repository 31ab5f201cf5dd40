import { z } from 'zod';

/**
 * Wire schemas of single sign-on (issue 15): the admin's provider configuration, the mapping
 * rules, the login page's options and logout. Pure zod, used by the server and the web app.
 * Secrets go in (clientSecret) but never come out: the view only says whether one is stored.
 */

export const SSO_ROLES = ['admin', 'analyst', 'staff', 'viewer'] as const;
export const SsoRole = z.enum(SSO_ROLES);

const name = z.string().trim().min(1).max(80);
const claimName = z.string().trim().min(1).max(300);
const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .regex(/^https?:\/\/[^\s]+$/, { message: 'url' });

export const MappingRule = z
  .object({
    /** Claim (OIDC) or attribute (SAML) name, e.g. `groups`, `Role`, KOMBIT's privileges. */
    claim: claimName,
    /** The value that must be among the claim's values (exact match). */
    value: z.string().trim().min(1).max(500),
    role: SsoRole,
    unitIds: z.array(z.uuid()).max(200).default([]),
  })
  .strict();
export type MappingRule = z.infer<typeof MappingRule>;

export const RulesBody = z.object({ rules: z.array(MappingRule).max(200) }).strict();

const common = {
  name,
  enabled: z.boolean().default(true),
  emailClaim: claimName.optional(),
  nameClaim: claimName.optional(),
  subjectClaim: claimName.optional(),
};

export const OidcProviderInput = z
  .object({
    kind: z.literal('oidc'),
    ...common,
    issuer: httpUrl,
    clientId: z.string().trim().min(1).max(300),
    /** Empty or absent: a public client (PKCE only), as the local demo provider uses. */
    clientSecret: z.string().max(2000).optional(),
    scopes: z.string().trim().min(6).max(500).default('openid email profile'),
  })
  .strict();

export const SamlProviderInput = z
  .object({
    kind: z.literal('saml'),
    ...common,
    idpMetadataXml: z.string().max(500_000).optional(),
    idpMetadataUrl: httpUrl.optional(),
    spEntityId: z.string().trim().min(1).max(500).optional(),
    wantEncryptedAssertions: z.boolean().default(false),
    clockSkewSeconds: z.number().int().min(0).max(300).default(60),
  })
  .strict();

export const CreateProviderBody = z.discriminatedUnion('kind', [OidcProviderInput, SamlProviderInput]);
export type CreateProviderInput = z.infer<typeof CreateProviderBody>;

/** A change: absent fields stay; clientSecret null removes the stored secret. */
export const UpdateProviderBody = z
  .object({
    name: name.optional(),
    enabled: z.boolean().optional(),
    emailClaim: claimName.optional(),
    nameClaim: claimName.optional(),
    subjectClaim: claimName.optional(),
    issuer: httpUrl.optional(),
    clientId: z.string().trim().min(1).max(300).optional(),
    clientSecret: z.string().max(2000).nullable().optional(),
    scopes: z.string().trim().min(6).max(500).optional(),
    idpMetadataXml: z.string().max(500_000).optional(),
    idpMetadataUrl: httpUrl.optional(),
    spEntityId: z.string().trim().min(1).max(500).optional(),
    wantEncryptedAssertions: z.boolean().optional(),
    clockSkewSeconds: z.number().int().min(0).max(300).optional(),
  })
  .strict();
export type UpdateProviderInput = z.infer<typeof UpdateProviderBody>;

export const ProviderView = z.object({
  id: z.string(),
  kind: z.enum(['oidc', 'saml']),
  name: z.string(),
  enabled: z.boolean(),
  emailClaim: z.string(),
  nameClaim: z.string(),
  subjectClaim: z.string(),
  issuer: z.string().nullable(),
  clientId: z.string().nullable(),
  scopes: z.string().nullable(),
  hasClientSecret: z.boolean(),
  idpEntityId: z.string().nullable(),
  idpMetadataUrl: z.string().nullable(),
  spEntityId: z.string().nullable(),
  wantEncryptedAssertions: z.boolean(),
  clockSkewSeconds: z.number().int(),
  /** Where the provider sends people back (register it at the provider). */
  redirectUri: z.string(),
  /** SAML: Borgerblik's metadata for the IdP admin to import. */
  spMetadataUrl: z.string().nullable(),
  /** URL people of this municipality can bookmark: /login/{slug}. */
  loginUrl: z.string(),
  rules: z.array(MappingRule),
  updatedAt: z.string(),
});
export type ProviderView = z.infer<typeof ProviderView>;

export const ProviderList = z.object({ providers: z.array(ProviderView), passwordLogin: z.boolean() });
export type ProviderList = z.infer<typeof ProviderList>;

export const SettingsBody = z.object({ passwordLogin: z.boolean() }).strict();
export const Settings = z.object({ passwordLogin: z.boolean() });

/** What the login page of a municipality shows (public: no secrets, no rules). */
export const LoginOptions = z.object({
  municipality: z.object({ name: z.string(), slug: z.string() }),
  passwordLogin: z.boolean(),
  providers: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(['oidc', 'saml']) })),
});
export type LoginOptions = z.infer<typeof LoginOptions>;

export const LogoutResult = z.object({
  /** Where to end the session at the provider too (RP-initiated logout / SAML SLO), if configured. */
  providerLogoutUrl: z.string().nullable(),
  providerName: z.string().nullable(),
  slug: z.string(),
});
export type LogoutResult = z.infer<typeof LogoutResult>;

export { REFUSAL_REASONS, type RefusalReason } from '../sso/refusal.ts';
