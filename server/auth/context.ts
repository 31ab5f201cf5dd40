import type { Locale, Role } from '../db/types.ts';

/** Who is asking: resolved from the session cookie before any route runs. */
export interface AuthContext {
  userId: string;
  municipalityId: string;
  role: Role;
  locale: Locale;
  email: string;
  name: string;
  csrfToken: string;
  tokenHash: string;
  mustChangePassword: boolean;
}

/** The tenant scope every repository function takes; it always comes from the session. */
export interface Tenant {
  municipalityId: string;
}
