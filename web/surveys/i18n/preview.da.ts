/** Danish texts of the survey preview, links, smiley faces and heat map (reference for nb and en). */
export const surveyPreviewDa = {
  'surveys.preview.title': 'Forhåndsvisning og test',
  'surveys.preview.intro':
    'Sådan ser borgeren undersøgelsen. Svar, du sender her, er testsvar: de gemmes ikke og tælles ikke med i dashboard, eksport eller evalueringer.',
  'surveys.preview.width': 'Skærmbredde',
  'surveys.preview.phone': 'Telefon',
  'surveys.preview.desktop': 'Computer',
  'surveys.preview.frame': 'Forhåndsvisning af {title} på {device}',
  'surveys.preview.open': 'Åbn forhåndsvisningen i et nyt vindue',
  'surveys.qrImage': 'QR-kode til undersøgelsen',
  'surveys.qrImageUnit': 'QR-kode til {unit}',
  'surveys.copyLink': 'Kopiér link',
  'surveys.copyUnitLink': 'Kopiér link til {unit}',
  'surveys.heat.title': 'Tryk fordelt på ugedag og time',
  'surveys.heat.intro':
    'Hver celle viser antal tryk og andelen af glade ansigter. Farven viser andelen positive; tomme celler har ingen tryk.',
  'surveys.heat.cell': '{count} tryk, {positive} positive',
  'surveys.heat.legend': 'Farve: andel positive tryk',
  'surveys.smileyOptions': 'Smiley-terminal',
  'surveys.smileyFollowUp': 'Stil et opfølgende spørgsmål efter trykket (hvorfor?)',
  'surveys.smileyChooseLanguage': 'Lad borgeren vælge sprog før trykket',
  'surveys.smileyOneTap': 'Som standard er ét tryk et svar.',
} as const;
