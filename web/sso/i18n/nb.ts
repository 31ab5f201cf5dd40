import type { ssoDa } from './da.ts';

/** Norwegian (bokmål) texts of single sign-on. */
export const ssoNb: { readonly [K in keyof typeof ssoDa]: string } = {
  'sso.loginWith': 'Logg inn med {name}',
  'sso.or': 'eller med passord',
  'sso.breakGlass': 'Administrator: logg inn med passord',
  'sso.unknownMunicipality': 'Kommunen finnes ikke. Sjekk adressen.',
  'sso.refused.title': 'Du kan ikke logge inn',
  'sso.refused.no_matching_rule':
    'Påloggingstjenesten kjenner deg, men du har ingen rolle i Borgerblik. Kontakt en administrator i kommunen hvis du skal ha tilgang.',
  'sso.refused.inactive': 'Kontoen din i Borgerblik er deaktivert. Kontakt en administrator i kommunen.',
  'sso.refused.email_taken':
    'E-postadressen din brukes allerede av en konto i en annen kommune. Kontakt en administrator.',
  'sso.refused.failed': 'Svaret fra påloggingstjenesten kunne ikke godkjennes. Prøv å logge inn igjen.',
  'sso.refused.unavailable': 'Påloggingstjenesten kan ikke brukes nå. Prøv igjen om litt.',
  'sso.refused.tryAgain': 'Tilbake til pålogging',
  'sso.providerLogout': 'Logg også ut av {name}',
};
