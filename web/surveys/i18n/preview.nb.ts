import type { surveyPreviewDa } from './preview.da.ts';

/** Bokmål texts of the survey preview, links, smiley faces and heat map. */
export const surveyPreviewNb: Record<keyof typeof surveyPreviewDa, string> = {
  'surveys.preview.title': 'Forhåndsvisning og test',
  'surveys.preview.intro':
    'Slik ser innbyggeren undersøkelsen. Svar du sender her, er testsvar: de lagres ikke og telles ikke med i dashbord, eksport eller evalueringer.',
  'surveys.preview.width': 'Skjermbredde',
  'surveys.preview.phone': 'Telefon',
  'surveys.preview.desktop': 'Datamaskin',
  'surveys.preview.frame': 'Forhåndsvisning av {title} på {device}',
  'surveys.preview.open': 'Åpne forhåndsvisningen i et nytt vindu',
  'surveys.qrImage': 'QR-kode til undersøkelsen',
  'surveys.qrImageUnit': 'QR-kode til {unit}',
  'surveys.copyLink': 'Kopier lenke',
  'surveys.copyUnitLink': 'Kopier lenke til {unit}',
  'surveys.heat.title': 'Trykk fordelt på ukedag og time',
  'surveys.heat.intro':
    'Hver celle viser antall trykk og andelen glade ansikter. Fargen viser andelen positive; tomme celler har ingen trykk.',
  'surveys.heat.cell': '{count} trykk, {positive} positive',
  'surveys.heat.legend': 'Farge: andel positive trykk',
  'surveys.smileyOptions': 'Smiley-terminal',
  'surveys.smileyFollowUp': 'Still et oppfølgingsspørsmål etter trykket (hvorfor?)',
  'surveys.smileyChooseLanguage': 'La innbyggeren velge språk før trykket',
  'surveys.smileyOneTap': 'Som standard er ett trykk et svar.',
};
