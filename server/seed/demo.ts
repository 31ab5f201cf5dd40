import type { Kysely } from 'kysely';
import { generateTemporaryPassword } from '../auth/password.ts';
import { seedDemoPlannedVsActual } from '../conformance/demo-seed.ts';
import { seedDemoResponses } from '../dashboard/demo-seed.ts';
import type { Database } from '../db/types.ts';
import { seedDemoImprovement } from '../improvement/demo-seed.ts';
import { seedDemoJourneys } from '../journeys/demo-seed.ts';
import { seedDemoDialog } from '../programmes/demo-seed.ts';
import { seedDemoSso } from '../sso/demo-seed.ts';
import { seedDemoSurveys } from '../surveys/demo-seed.ts';
import { DEMO_UNITS_DK, DEMO_UNITS_NO } from './demo-organisation.ts';
import { makeMunicipality, makeUnitTree, makeUser } from './factories.ts';

export const DEMO_SLUG = 'demokommune';
export const DEMO_ADMIN_EMAIL = 'admin@demokommune.dk';

export interface DemoSeedResult {
  created: boolean;
  adminEmail: string;
  /** Only known when this call created the accounts. */
  password?: string;
}

/**
 * Seeds "Demokommune" (and a small Norwegian twin) once: organisation trees and one user per
 * role. All demo accounts share one password: BORGERBLIK_ADMIN_PASSWORD, or a random one that
 * the caller prints. A second call finds the municipality and changes nothing.
 */
export async function seedDemo(db: Kysely<Database>, adminPassword?: string): Promise<DemoSeedResult> {
  const existing = await db
    .selectFrom('municipality')
    .select('id')
    .where('slug', '=', DEMO_SLUG)
    .executeTakeFirst();
  if (existing) return { created: false, adminEmail: DEMO_ADMIN_EMAIL };
  const password = adminPassword ?? generateTemporaryPassword();
  await db.transaction().execute(async (tx) => {
    const dk = await makeMunicipality(tx, { slug: DEMO_SLUG, name: 'Demokommune', country: 'DK' });
    const units = await makeUnitTree(tx, dk.id, DEMO_UNITS_DK);
    await seedDemoResponses(tx, dk.id, units);
    await seedDemoSurveys(tx, dk.id, units);
    const unit = (name: string) => [units.get(name)].filter((id): id is string => id !== undefined);
    await seedDemoJourneys(tx, dk.id, units);
    await seedDemoPlannedVsActual(tx, dk.id);
    await seedDemoDialog(tx, dk.id, units);
    await makeUser(tx, dk.id, {
      email: DEMO_ADMIN_EMAIL,
      name: 'Anne Administrator',
      role: 'admin',
      password,
    });
    await makeUser(tx, dk.id, {
      email: 'analytiker@demokommune.dk',
      name: 'Anders Analytiker',
      role: 'analyst',
      password,
    });
    await makeUser(tx, dk.id, {
      email: 'medarbejder@demokommune.dk',
      name: 'Mette Medarbejder',
      role: 'staff',
      password,
      unitIds: unit('Borgerservice Hovedbiblioteket'),
    });
    await makeUser(tx, dk.id, {
      email: 'laeser@demokommune.dk',
      name: 'Lars Læser',
      role: 'viewer',
      password,
    });

    await seedDemoImprovement(tx, dk.id, units);
    await seedDemoSso(tx, dk.id, units);

    const no = await makeMunicipality(tx, { slug: 'demokommune-no', name: 'Demo kommune', country: 'NO' });
    await makeUnitTree(tx, no.id, DEMO_UNITS_NO);
    await makeUser(tx, no.id, {
      email: 'admin@demokommune.no',
      name: 'Ola Administrator',
      role: 'admin',
      password,
    });
  });
  return { created: true, adminEmail: DEMO_ADMIN_EMAIL, password };
}
