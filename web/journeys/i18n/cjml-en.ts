import type { journeysCjmlDa } from './cjml-da.ts';

/** English texts of the CJML exchange on the journey page. */
export const journeysCjmlEn: Record<keyof typeof journeysCjmlDa, string> = {
  'journeys.cjml.title': 'CJML (Customer Journey Modelling Language)',
  'journeys.cjml.intro':
    "Exchange the journey with other tools in SINTEF's CJML 2.0 format. CJML carries actors, steps, handovers, channels, phases and times; pain points, opportunities, tags, the assessment and units only travel in the JSON file.",
  'journeys.cjml.exportPlanned': 'Download as planned journey (CJML)',
  'journeys.cjml.exportActual': 'Download as actual journey (CJML)',
  'journeys.cjml.import': 'Import journey from CJML file',
  'journeys.cjml.importHint':
    'A CJML 2.0 file (XML) with planned or actual journeys. Each journey becomes a new draft with the same owner as this journey; nothing is saved if the file has errors.',
  'journeys.cjml.imported_one': 'The journey was imported as a draft.',
  'journeys.cjml.imported_other': '{count} journeys were imported as drafts.',
};
