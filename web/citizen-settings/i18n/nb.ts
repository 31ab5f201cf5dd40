import type { citizenPagesDa } from './da.ts';

/** Norwegian (bokmål) texts of the citizen-page settings and the embed snippet. */
export const citizenPagesNb: { readonly [K in keyof typeof citizenPagesDa]: string } = {
  'citizenPages.nav': 'Innbyggersider',
  'citizenPages.title': 'Innbyggersider: innbygging og tilgjengelighet',
  'citizenPages.intro':
    'Velg hvilke av kommunens nettsteder som kan vise undersøkelsene i en ramme (iframe), og hvor kommunens tilgjengelighetserklæring ligger. Innbyggersidene, kiosken og smilefjesskjermen viser til erklæringen.',
  'citizenPages.back': 'Tilbake til organisasjonen',
  'citizenPages.embed.title': 'Nettsteder som kan bygge inn undersøkelsene',
  'citizenPages.embed.label': 'Opprinnelser (én per linje)',
  'citizenPages.embed.hint':
    'Skriv bare skjema, vertsnavn og ev. port, f.eks. https://www.kommune.no. Bare https; http://localhost er tillatt for utvikling. Høyst {max}.',
  'citizenPages.embed.save': 'Lagre nettsteder',
  'citizenPages.embed.saved': 'Nettstedene er lagret.',
  'citizenPages.a11y.title': 'Tilgjengelighetserklæring',
  'citizenPages.a11y.hint':
    'I Norge lages erklæringen på uustatus.no (Digdir); i Danmark i Digitaliseringsstyrelsens WAS-verktøy. Husk at kiosken og smilefjesskjermen er automater som også skal være med.',
  'citizenPages.a11y.url': 'Adressen til erklæringen',
  'citizenPages.a11y.contactEmail': 'Kontakt-e-post',
  'citizenPages.a11y.contactPhone': 'Kontakttelefon',
  'citizenPages.a11y.feedbackEmail': 'E-post for tilbakemeldinger om tilgjengelighet',
  'citizenPages.a11y.save': 'Lagre erklæring',
  'citizenPages.a11y.saved': 'Erklæringen er lagret.',
  'citizenPages.snippet.title': 'Bygg inn på kommunens nettsted',
  'citizenPages.snippet.intro':
    'Lim inn koden på en side på et av de tillatte nettstedene. Rammen tilpasser høyden selv.',
  'citizenPages.snippet.allowed': 'Tillatte nettsteder: {origins}',
  'citizenPages.snippet.none':
    'Ingen nettsteder kan bygge inn undersøkelsene ennå. En administrator legger dem til under Organisasjon → Innbyggersider.',
  'citizenPages.snippet.label': 'Kode for innbygging',
  'citizenPages.snippet.copy': 'Kopier koden',
  'citizenPages.snippet.frameTitle': 'Spørreskjema: {title}',
  'citizenPages.snippet.smiley':
    'Smilefjesundersøkelser kan ikke bygges inn: de hører til skjermen i resepsjonen.',
  'audit.action.citizen_settings.embed_origins': 'Nettsteder for innbygging endret',
  'audit.action.citizen_settings.accessibility': 'Tilgjengelighetserklæring endret',
};
