import type { Kysely } from 'kysely';
import type { MeResponse } from '../../shared/api/auth.ts';
import type { Database } from '../db/types.ts';
import type { AuthContext } from './context.ts';
import { loadMe } from './repository.ts';

/** The signed-in user, their municipality and the CSRF token the web app must echo on writes. */
export async function presentMe(db: Kysely<Database>, auth: AuthContext): Promise<MeResponse> {
  const { municipality, unitIds } = await loadMe(db, auth, auth.userId);
  return {
    user: {
      id: auth.userId,
      email: auth.email,
      name: auth.name,
      role: auth.role,
      locale: auth.locale,
      localeChosen: auth.localeChosen ?? false,
      unitIds,
      mustChangePassword: auth.mustChangePassword,
    },
    municipality: {
      id: municipality.id,
      name: municipality.name,
      slug: municipality.slug,
      country: municipality.country,
      minGroupSize: municipality.min_group_size,
    },
    csrfToken: auth.csrfToken,
  };
}
