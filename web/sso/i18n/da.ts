/** Danish texts of single sign-on (keys prefixed `sso.`). */
export const ssoDa = {
  'sso.loginWith': 'Log ind med {name}',
  'sso.or': 'eller med adgangskode',
  'sso.breakGlass': 'Administrator: log ind med adgangskode',
  'sso.unknownMunicipality': 'Kommunen findes ikke. Tjek adressen.',
  'sso.refused.title': 'Du kan ikke logge ind',
  'sso.refused.no_matching_rule':
    'Login-tjenesten kender dig, men du har ingen rolle i Borgerblik. Kontakt en administrator i kommunen, hvis du skal have adgang.',
  'sso.refused.inactive': 'Din konto i Borgerblik er deaktiveret. Kontakt en administrator i kommunen.',
  'sso.refused.email_taken':
    'Din e-mailadresse bruges allerede af en konto i en anden kommune. Kontakt en administrator.',
  'sso.refused.failed': 'Svaret fra login-tjenesten kunne ikke godkendes. Prøv at logge ind igen.',
  'sso.refused.unavailable': 'Login-tjenesten kan ikke bruges lige nu. Prøv igen om lidt.',
  'sso.refused.tryAgain': 'Tilbage til login',
  'sso.providerLogout': 'Log også ud af {name}',
} as const;
