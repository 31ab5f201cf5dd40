import type { surveyPreviewDa } from './preview.da.ts';

/** English texts of the survey preview, links, smiley faces and heat map. */
export const surveyPreviewEn: Record<keyof typeof surveyPreviewDa, string> = {
  'surveys.preview.title': 'Preview and test',
  'surveys.preview.intro':
    'This is how citizens see the survey. Answers you send here are test answers: they are not saved and not counted in the dashboard, exports or evaluations.',
  'surveys.preview.width': 'Screen width',
  'surveys.preview.phone': 'Phone',
  'surveys.preview.desktop': 'Desktop',
  'surveys.preview.frame': 'Preview of {title} on {device}',
  'surveys.preview.open': 'Open the preview in a new window',
  'surveys.qrImage': 'QR code for the survey',
  'surveys.qrImageUnit': 'QR code for {unit}',
  'surveys.copyLink': 'Copy link',
  'surveys.copyUnitLink': 'Copy link for {unit}',
  'surveys.heat.title': 'Presses by weekday and hour',
  'surveys.heat.intro':
    'Each cell shows the number of presses and the share of happy faces. The colour shows the positive share; empty cells have no presses.',
  'surveys.heat.cell': '{count} presses, {positive} positive',
  'surveys.heat.legend': 'Colour: share of positive presses',
  'surveys.smileyOptions': 'Smiley terminal',
  'surveys.smileyFollowUp': 'Ask a follow-up question after the press (why?)',
  'surveys.smileyChooseLanguage': 'Let the citizen choose a language before the press',
  'surveys.smileyOneTap': 'By default one press is one answer.',
};
