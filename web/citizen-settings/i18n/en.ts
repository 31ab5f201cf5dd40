import type { citizenPagesDa } from './da.ts';

/** English texts of the citizen-page settings and the embed snippet. */
export const citizenPagesEn: { readonly [K in keyof typeof citizenPagesDa]: string } = {
  'citizenPages.nav': 'Citizen pages',
  'citizenPages.title': 'Citizen pages: embedding and accessibility',
  'citizenPages.intro':
    "Choose which of the municipality's websites may show the surveys in a frame (iframe), and where the municipality's accessibility statement is. The citizen pages, the kiosk and the smiley terminal refer to the statement.",
  'citizenPages.back': 'Back to the organisation',
  'citizenPages.embed.title': 'Websites allowed to embed the surveys',
  'citizenPages.embed.label': 'Origins (one per line)',
  'citizenPages.embed.hint':
    'Write only scheme, host name and optional port, e.g. https://www.kommune.dk. https only; http://localhost is allowed for development. At most {max}.',
  'citizenPages.embed.save': 'Save websites',
  'citizenPages.embed.saved': 'The websites are saved.',
  'citizenPages.a11y.title': 'Accessibility statement',
  'citizenPages.a11y.hint':
    "In Denmark the statement is made in the Agency for Digital Government's WAS tool (was.digst.dk/…); in Norway on uustatus.no. The kiosk and smiley terminal must be covered too.",
  'citizenPages.a11y.url': 'Address of the statement',
  'citizenPages.a11y.contactEmail': 'Contact e-mail',
  'citizenPages.a11y.contactPhone': 'Contact telephone',
  'citizenPages.a11y.feedbackEmail': 'E-mail for feedback on accessibility',
  'citizenPages.a11y.save': 'Save statement',
  'citizenPages.a11y.saved': 'The statement is saved.',
  'citizenPages.snippet.title': "Embed on the municipality's website",
  'citizenPages.snippet.intro':
    'Paste the code into a page on one of the allowed websites. The frame adjusts its height itself.',
  'citizenPages.snippet.allowed': 'Allowed websites: {origins}',
  'citizenPages.snippet.none':
    'No website may embed the surveys yet. An administrator adds them under Organisation → Citizen pages.',
  'citizenPages.snippet.label': 'Embed code',
  'citizenPages.snippet.copy': 'Copy the code',
  'citizenPages.snippet.frameTitle': 'Questionnaire: {title}',
  'citizenPages.snippet.smiley': 'Smiley surveys cannot be embedded: they belong on the reception terminal.',
  'audit.action.citizen_settings.embed_origins': 'Embedding websites changed',
  'audit.action.citizen_settings.accessibility': 'Accessibility statement changed',
};
