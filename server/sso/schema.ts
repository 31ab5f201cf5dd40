import { z } from 'zod';

/** Route parameters of the SSO endpoints (wire bodies live in shared/api/sso.ts). */
export const ProviderParams = z.object({ id: z.uuid() }).strict();
export const SlugParams = z.object({ slug: z.string().min(1).max(100) }).strict();
export const FlowParams = z.object({ slug: z.string().min(1).max(100), id: z.uuid() }).strict();
export const CallbackQuery = z
  .object({
    code: z.string().max(4000).optional(),
    state: z.string().max(500).optional(),
    error: z.string().max(200).optional(),
    error_description: z.string().max(2000).optional(),
    iss: z.string().max(2000).optional(),
    session_state: z.string().max(500).optional(),
  })
  .strict();
export const AcsBody = z.object({
  SAMLResponse: z.string().min(1).max(400_000),
  RelayState: z.string().max(500),
});
export const Redirect = z.null();
