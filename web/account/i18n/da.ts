/** Danish texts of the account page (own name and password). */
export const accountDa = {
  'account.title': 'Min konto',
  'account.link': 'Min konto',
  'account.intro': 'Her kan du ændre dit navn og din adgangskode.',
  'account.name.title': 'Navn',
  'account.name.field': 'Dit navn',
  'account.name.saved': 'Dit navn er gemt.',
  'account.password.title': 'Skift adgangskode',
  'account.password.current': 'Nuværende adgangskode',
  'account.password.new': 'Ny adgangskode',
  'account.password.newHint': 'Mindst 12 tegn. En sætning på flere ord er både stærk og let at huske.',
  'account.password.repeat': 'Gentag ny adgangskode',
  'account.password.mismatch': 'De to adgangskoder er ikke ens.',
  'account.password.submit': 'Skift adgangskode',
  'account.password.changed': 'Din adgangskode er skiftet. Andre steder, du var logget ind, er logget ud.',
  'account.mustChange.banner':
    'Du er logget ind med en midlertidig adgangskode. Vælg din egen adgangskode nu.',
  'account.mustChange.action': 'Skift adgangskode',
} as const;
