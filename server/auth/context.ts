import type { Locale, Role } from '../db/types.ts';

/** Who is asking: resolved from the session cookie before any route runs. */
export interface AuthContext {
  userId: string;
  municipalityId: string;
  role: Role;
  /** The language in effect: the user's own choice, else the municipality's default. */
  locale: Locale;
  /** True when `locale` is the user's own choice rather than the municipality's default. */
  localeChosen?: boolean;
  email: string;
  name: string;
  csrfToken: string;
  tokenHash: string;
  mustChangePassword: boolean;
  /** Set when the caller is an API token (acting as its creator within its scopes), not a session. */
  apiTokenId?: string;
}

/** The tenant scope every repository function takes; it always comes from the session. */
export interface Tenant {
  municipalityId: string;
}
