import type { journeysCjmlDa } from './cjml-da.ts';

/** Norwegian (bokmål) texts of the CJML exchange on the journey page. */
export const journeysCjmlNb: Record<keyof typeof journeysCjmlDa, string> = {
  'journeys.cjml.title': 'CJML (Customer Journey Modelling Language)',
  'journeys.cjml.intro':
    'Utveksle reisen med andre verktøy i CJML 2.0-formatet fra SINTEF. CJML tar med aktører, steg, overleveringer, kanaler, faser og tider; smertepunkter, muligheter, merker, vurdering og enheter følger bare med i JSON-filen.',
  'journeys.cjml.exportPlanned': 'Last ned som planlagt reise (CJML)',
  'journeys.cjml.exportActual': 'Last ned som faktisk reise (CJML)',
  'journeys.cjml.import': 'Importer reise fra CJML-fil',
  'journeys.cjml.importHint':
    'En CJML 2.0-fil (XML) med planlagte eller faktiske reiser. Hver reise blir et nytt utkast med samme eier som denne reisen; ingenting lagres hvis filen har feil.',
  'journeys.cjml.imported_one': 'Reisen er importert som utkast.',
  'journeys.cjml.imported_other': '{count} reiser er importert som utkast.',
};
