import type { accountDa } from './da.ts';

/** Norwegian (bokmål) texts of the account page. */
export const accountNb: { readonly [K in keyof typeof accountDa]: string } = {
  'account.title': 'Min konto',
  'account.link': 'Min konto',
  'account.intro': 'Her kan du endre navnet ditt og passordet ditt.',
  'account.name.title': 'Navn',
  'account.name.field': 'Navnet ditt',
  'account.name.saved': 'Navnet ditt er lagret.',
  'account.password.title': 'Bytt passord',
  'account.password.current': 'Nåværende passord',
  'account.password.new': 'Nytt passord',
  'account.password.newHint': 'Minst 12 tegn. En setning med flere ord er både sterk og lett å huske.',
  'account.password.repeat': 'Gjenta nytt passord',
  'account.password.mismatch': 'De to passordene er ikke like.',
  'account.password.submit': 'Bytt passord',
  'account.password.changed': 'Passordet ditt er byttet. Andre steder du var logget inn, er logget ut.',
  'account.mustChange.banner': 'Du er logget inn med et midlertidig passord. Velg ditt eget passord nå.',
  'account.mustChange.action': 'Bytt passord',
};
