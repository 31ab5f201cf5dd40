/** Danish texts of the citizen-page settings and the embed snippet (keys prefixed `citizenPages.`). */
export const citizenPagesDa = {
  'citizenPages.nav': 'Borgersider',
  'citizenPages.title': 'Borgersider: indlejring og tilgængelighed',
  'citizenPages.intro':
    'Vælg, hvilke af kommunens hjemmesider der må vise undersøgelserne i en ramme (iframe), og hvor kommunens tilgængelighedserklæring ligger. Borgersiderne, kiosken og smiley-skærmen henviser til erklæringen.',
  'citizenPages.back': 'Tilbage til organisationen',
  'citizenPages.embed.title': 'Hjemmesider, der må indlejre undersøgelserne',
  'citizenPages.embed.label': 'Oprindelser (én pr. linje)',
  'citizenPages.embed.hint':
    'Skriv kun skema, værtsnavn og evt. port, fx https://www.kommune.dk. Kun https; http://localhost er tilladt til udvikling. Højst {max}.',
  'citizenPages.embed.save': 'Gem hjemmesider',
  'citizenPages.embed.saved': 'Hjemmesiderne er gemt.',
  'citizenPages.a11y.title': 'Tilgængelighedserklæring',
  'citizenPages.a11y.hint':
    'I Danmark laves erklæringen i Digitaliseringsstyrelsens WAS-værktøj (was.digst.dk/…); i Norge på uustatus.no. Husk, at kiosken og smiley-skærmen også skal være omfattet.',
  'citizenPages.a11y.url': 'Adresse på erklæringen',
  'citizenPages.a11y.contactEmail': 'Kontakt-e-mail',
  'citizenPages.a11y.contactPhone': 'Kontakttelefon',
  'citizenPages.a11y.feedbackEmail': 'E-mail til tilbagemeldinger om tilgængelighed',
  'citizenPages.a11y.save': 'Gem erklæring',
  'citizenPages.a11y.saved': 'Erklæringen er gemt.',
  'citizenPages.snippet.title': 'Indlejr på kommunens hjemmeside',
  'citizenPages.snippet.intro':
    'Indsæt koden på en side på en af de tilladte hjemmesider. Rammen tilpasser selv sin højde.',
  'citizenPages.snippet.allowed': 'Tilladte hjemmesider: {origins}',
  'citizenPages.snippet.none':
    'Ingen hjemmesider må indlejre undersøgelserne endnu. En administrator tilføjer dem under Organisation → Borgersider.',
  'citizenPages.snippet.label': 'Kode til indlejring',
  'citizenPages.snippet.copy': 'Kopiér koden',
  'citizenPages.snippet.frameTitle': 'Spørgeskema: {title}',
  'citizenPages.snippet.smiley':
    'Smiley-undersøgelser kan ikke indlejres: de hører til skærmen i receptionen.',
  'audit.action.citizen_settings.embed_origins': 'Hjemmesider til indlejring ændret',
  'audit.action.citizen_settings.accessibility': 'Tilgængelighedserklæring ændret',
} as const;
