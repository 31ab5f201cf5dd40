import type { ssoDa } from './da.ts';

/** English texts of single sign-on. */
export const ssoEn: { readonly [K in keyof typeof ssoDa]: string } = {
  'sso.loginWith': 'Sign in with {name}',
  'sso.or': 'or with a password',
  'sso.breakGlass': 'Administrator: sign in with a password',
  'sso.unknownMunicipality': 'The municipality does not exist. Check the address.',
  'sso.refused.title': 'You cannot sign in',
  'sso.refused.no_matching_rule':
    'The identity provider knows you, but you have no role in Borgerblik. Contact an administrator of the municipality if you need access.',
  'sso.refused.inactive':
    'Your Borgerblik account is deactivated. Contact an administrator of the municipality.',
  'sso.refused.email_taken':
    'Your e-mail address is already used by an account in another municipality. Contact an administrator.',
  'sso.refused.failed': "The identity provider's answer could not be accepted. Try signing in again.",
  'sso.refused.unavailable': 'The identity provider cannot be used right now. Try again shortly.',
  'sso.refused.tryAgain': 'Back to sign-in',
  'sso.providerLogout': 'Also sign out of {name}',
};
