/** Danish texts of the CJML exchange on the journey page (docs/CJML.md). */
export const journeysCjmlDa = {
  'journeys.cjml.title': 'CJML (Customer Journey Modelling Language)',
  'journeys.cjml.intro':
    'Udveksl rejsen med andre værktøjer i CJML 2.0-formatet fra SINTEF. CJML bærer aktører, trin, overleveringer, kanaler, faser og tider; smertepunkter, muligheder, mærker, vurdering og enheder kommer kun med i JSON-filen.',
  'journeys.cjml.exportPlanned': 'Hent som planlagt rejse (CJML)',
  'journeys.cjml.exportActual': 'Hent som faktisk rejse (CJML)',
  'journeys.cjml.import': 'Importér rejse fra CJML-fil',
  'journeys.cjml.importHint':
    'En CJML 2.0-fil (XML) med planlagte eller faktiske rejser. Hver rejse bliver en ny kladde med samme ejer som denne rejse; intet gemmes, hvis filen har fejl.',
  'journeys.cjml.imported_one': 'Rejsen er importeret som kladde.',
  'journeys.cjml.imported_other': '{count} rejser er importeret som kladder.',
} as const;
