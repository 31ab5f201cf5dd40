import type { DemoSeedResult } from './demo.ts';

const RULE = '='.repeat(72);

/**
 * The plain block `npm start` prints before the JSON logs begin, so a person finds the demo
 * password without reading through log lines. Danish first, English below.
 */
export function demoBanner(seed: DemoSeedResult, url: string): string {
  const lines = [RULE, `  Borgerblik: ${url}`, ''];
  if (seed.created && seed.password) {
    lines.push(
      '  Demokommune er oprettet / The demo municipality was created.',
      `  Log ind / Log in:          ${seed.adminEmail}`,
      `  Adgangskode / Password:    ${seed.password}`,
      '  Samme adgangskode for / same password for: analytiker@, medarbejder@,',
      '  laeser@demokommune.dk og/and admin@demokommune.no',
    );
  } else {
    lines.push(
      `  Log ind som / Log in as:   ${seed.adminEmail}`,
      '  (adgangskoden blev vist ved første start / the password was shown at the first start)',
    );
  }
  lines.push(RULE, '');
  return `${lines.join('\n')}\n`;
}
