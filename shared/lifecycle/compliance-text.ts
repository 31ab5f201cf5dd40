/** The compliance pack's wording in Danish and Norwegian bokmål (the languages a DPA is signed in). */
export type ComplianceLang = 'da' | 'nb';

const da = {
  title: 'Compliance-pakke: Borgerblik',
  subtitle: (m: string, d: string) => `${m} · dannet ${d} ud fra den aktuelle konfiguration`,
  toFill: '[udfyldes]',
  years: (n: number) => (n === 1 ? '1 år' : `${n} år`),
  days: (n: number) => (n === 1 ? '1 dag' : `${n} dage`),
  aggregatesKept: (n: number) => `samlede tal for grupper på mindst ${n} bevares (ikke personoplysninger)`,
  ropaHeading: '1. Fortegnelse over behandlingsaktiviteter (databeskyttelsesforordningen art. 30)',
  ropaIntro:
    'Kommunens behandling af personoplysninger i Borgerblik. Perioderne er dem, der er sat i Borgerblik nu.',
  controller: 'Dataansvarlig',
  contact: 'Kontaktperson',
  dpo: 'Databeskyttelsesrådgiver (DPO)',
  purposes: 'Formål',
  purposesText:
    'At måle og forbedre kommunens services set fra borgerens side: spørgeskemaer og smileyterminaler, borgerrejser, observationer og interviews, klager og konflikter, medarbejderpuls og hændelseslogs fra fagsystemer.',
  subjects: 'Kategorier af registrerede',
  subjectsText:
    'Borgere, der svarer anonymt; borgere og pårørende, der interviewes, observeres eller klager; kommunens medarbejdere (brugerkonti, medarbejderpuls, ressourcer i hændelseslogs).',
  categories: 'Kategorier af personoplysninger',
  categoriesText:
    'Anonyme svar og fritekst (screenet for identifikatorer); noter, citater og fotos fra observationer og interviews; klagers beskrivelse; medarbejderes navn, e-mail og rolle; pseudonymiserede sagsnumre i hændelseslogs. Ingen følsomme oplysninger efter art. 9 er påkrævet.',
  recipients: 'Modtagere',
  recipientsText: (h: string) => `Kun kommunens egne brugere efter rolle. Drift: ${h}.`,
  transfers: 'Overførsel til tredjelande',
  transfersText: (l: string) => `Ingen fra softwaren. Data ligger: ${l}.`,
  retention: 'Sletning',
  ropaSecurity: 'Sikkerhedsforanstaltninger',
  secArgon: 'Adgangskoder gemmes som argon2id-hash; fem fejlede forsøg låser kontoen i 15 minutter.',
  secSessions:
    'Sessioner i HttpOnly-cookies med CSRF-token; databasen gemmer kun en SHA-256 af sessionsnøglen.',
  secTenant: 'Kommuner er adskilt i hver tabel (municipality_id i alle nøgler); ingen data kan ses på tværs.',
  secScreening: 'Fritekst screenes for CPR-/fødselsnumre, e-mailadresser og telefonnumre, før den gemmes.',
  secSuppression: (n: number) =>
    `Tal for grupper med færre end ${n} besvarelser vises ikke (også på tværs af filtre).`,
  secTlsOn: 'HTTPS er konfigureret (sikre cookies bag en TLS-proxy).',
  secTlsOff: 'HTTPS er IKKE konfigureret i Borgerblik: sæt BORGERBLIK_SECURE_COOKIES=true bag en TLS-proxy.',
  secAudit: 'Revisionslog over administrative handlinger, sletninger og eksporter.',
  secRetention:
    'Automatisk sletning efter de perioder, der står ovenfor; legal hold kan stoppe sletning for en undersøgelse, rejse eller log.',
  secBackupPg: 'Sikkerhedskopi med borgerblik backup (pg_dump) efter driftens plan.',
  secBackupPglite: 'Sikkerhedskopi med borgerblik backup (PGlite-datamappe) efter driftens plan.',
  dpaHeading: '2. Udkast: bilag til databehandleraftalen',
  dpaIntro: (c: string, s: string) => `Bilag om behandlingen, som ${s} udfører for ${c} som dataansvarlig.`,
  dpaSubject: 'Behandlingens genstand',
  dpaSubjectText:
    'Drift af Borgerblik for kommunen: opbevaring og visning af de oplysninger, der er nævnt i fortegnelsen.',
  dpaNature: 'Behandlingens karakter',
  dpaNatureText:
    'Indsamling, opbevaring, sammenstilling, visning, eksport og sletning efter kommunens instruks.',
  subProcessors: 'Underdatabehandlere',
  subProcessorsText: (h: string, l: string, smtp: boolean) =>
    `Ingen i selve softwaren. Hosting: ${h} (${l}).${smtp ? ' E-mail sendes via kommunens SMTP-server.' : ''}`,
  dpaDeletion: 'Sletning og tilbagelevering',
  dpaDeletionText:
    'Kommunen kan når som helst hente alle sine data som ét arkiv (JSON Lines pr. tabel og CSV) og få kommunen slettet helt; automatisk sletning følger perioderne i fortegnelsen.',
  anonHeading: '3. Borgerens anonymitet',
  anonIntro:
    'Sådan er en borger anonym, når de svarer på et spørgeskema, trykker på en smiley eller svarer på en puls.',
  anonStored: 'Det gemmes',
  anonStoredText:
    'Svarene, undersøgelsen, enheden, kanalen (link, QR, kiosk), sproget og tidspunktet afrundet til hele timer (smileytryk: hele minutter).',
  anonNotStored: 'Det gemmes ikke',
  anonNotStoredText:
    'Ingen IP-adresse, ingen cookies eller sporings-id, ingen browseroplysninger, intet login og ikke det præcise tidspunkt.',
  anonFreeText: 'Fritekst',
  anonFreeTextText: 'Screenes for CPR-/fødselsnumre, e-mail og telefonnumre, som fjernes før lagring.',
  anonSmall: 'Små grupper',
  anonSmallText: (n: number) =>
    `Resultater for grupper med færre end ${n} svar vises ikke, så ingen kan genkendes.`,
  anonPulse: 'Medarbejderpuls',
  anonPulseText:
    'Svar knyttes kun til enheden, aldrig til medarbejderen, og vises kun for grupper over pulsens tærskel.',
};

export type ComplianceText = typeof da;

const nb: ComplianceText = {
  title: 'Compliance-pakke: Borgerblik',
  subtitle: (m, d) => `${m} · laget ${d} ut fra gjeldende konfigurasjon`,
  toFill: '[fylles ut]',
  years: (n) => `${n} år`,
  days: (n) => (n === 1 ? '1 dag' : `${n} dager`),
  aggregatesKept: (n) => `samlede tall for grupper på minst ${n} beholdes (ikke personopplysninger)`,
  ropaHeading: '1. Protokoll over behandlingsaktiviteter (personvernforordningen art. 30)',
  ropaIntro:
    'Kommunens behandling av personopplysninger i Borgerblik. Periodene er de som er satt i Borgerblik nå.',
  controller: 'Behandlingsansvarlig',
  contact: 'Kontaktperson',
  dpo: 'Personvernombud',
  purposes: 'Formål',
  purposesText:
    'Å måle og forbedre kommunens tjenester sett fra innbyggerens side: spørreskjemaer og smileyterminaler, brukerreiser, observasjoner og intervjuer, klager og konflikter, medarbeiderpuls og hendelseslogger fra fagsystemer.',
  subjects: 'Kategorier av registrerte',
  subjectsText:
    'Innbyggere som svarer anonymt; innbyggere og pårørende som intervjues, observeres eller klager; kommunens ansatte (brukerkontoer, medarbeiderpuls, ressurser i hendelseslogger).',
  categories: 'Kategorier av personopplysninger',
  categoriesText:
    'Anonyme svar og fritekst (screenet for identifikatorer); notater, sitater og bilder fra observasjoner og intervjuer; klagers beskrivelse; ansattes navn, e-post og rolle; pseudonymiserte saksnumre i hendelseslogger. Ingen særlige kategorier etter art. 9 er påkrevd.',
  recipients: 'Mottakere',
  recipientsText: (h) => `Bare kommunens egne brukere etter rolle. Drift: ${h}.`,
  transfers: 'Overføring til tredjeland',
  transfersText: (l) => `Ingen fra programvaren. Data ligger: ${l}.`,
  retention: 'Sletting',
  ropaSecurity: 'Sikkerhetstiltak',
  secArgon: 'Passord lagres som argon2id-hash; fem feilede forsøk låser kontoen i 15 minutter.',
  secSessions:
    'Økter i HttpOnly-informasjonskapsler med CSRF-token; databasen lagrer bare en SHA-256 av øktnøkkelen.',
  secTenant: 'Kommuner er skilt i hver tabell (municipality_id i alle nøkler); ingen data kan ses på tvers.',
  secScreening: 'Fritekst screenes for fødselsnumre/CPR, e-postadresser og telefonnumre før den lagres.',
  secSuppression: (n) => `Tall for grupper med færre enn ${n} svar vises ikke (også på tvers av filtre).`,
  secTlsOn: 'HTTPS er konfigurert (sikre informasjonskapsler bak en TLS-proxy).',
  secTlsOff: 'HTTPS er IKKE konfigurert i Borgerblik: sett BORGERBLIK_SECURE_COOKIES=true bak en TLS-proxy.',
  secAudit: 'Revisjonslogg over administrative handlinger, slettinger og eksporter.',
  secRetention:
    'Automatisk sletting etter periodene over; legal hold kan stoppe sletting for en undersøkelse, reise eller logg.',
  secBackupPg: 'Sikkerhetskopi med borgerblik backup (pg_dump) etter driftens plan.',
  secBackupPglite: 'Sikkerhetskopi med borgerblik backup (PGlite-datamappe) etter driftens plan.',
  dpaHeading: '2. Utkast: vedlegg til databehandleravtalen',
  dpaIntro: (c, s) => `Vedlegg om behandlingen som ${s} utfører for ${c} som behandlingsansvarlig.`,
  dpaSubject: 'Behandlingens gjenstand',
  dpaSubjectText:
    'Drift av Borgerblik for kommunen: lagring og visning av opplysningene som er nevnt i protokollen.',
  dpaNature: 'Behandlingens art',
  dpaNatureText:
    'Innsamling, lagring, sammenstilling, visning, eksport og sletting etter kommunens instruks.',
  subProcessors: 'Underdatabehandlere',
  subProcessorsText: (h, l, smtp) =>
    `Ingen i selve programvaren. Hosting: ${h} (${l}).${smtp ? ' E-post sendes via kommunens SMTP-server.' : ''}`,
  dpaDeletion: 'Sletting og tilbakelevering',
  dpaDeletionText:
    'Kommunen kan når som helst hente alle sine data som ett arkiv (JSON Lines per tabell og CSV) og få kommunen slettet helt; automatisk sletting følger periodene i protokollen.',
  anonHeading: '3. Innbyggerens anonymitet',
  anonIntro:
    'Slik er en innbygger anonym når de svarer på et spørreskjema, trykker på en smiley eller svarer på en puls.',
  anonStored: 'Dette lagres',
  anonStoredText:
    'Svarene, undersøkelsen, enheten, kanalen (lenke, QR, kiosk), språket og tidspunktet rundet av til hele timer (smileytrykk: hele minutter).',
  anonNotStored: 'Dette lagres ikke',
  anonNotStoredText:
    'Ingen IP-adresse, ingen informasjonskapsler eller sporings-id, ingen nettleseropplysninger, ingen innlogging og ikke det nøyaktige tidspunktet.',
  anonFreeText: 'Fritekst',
  anonFreeTextText: 'Screenes for fødselsnumre/CPR, e-post og telefonnumre, som fjernes før lagring.',
  anonSmall: 'Små grupper',
  anonSmallText: (n) =>
    `Resultater for grupper med færre enn ${n} svar vises ikke, slik at ingen kan gjenkjennes.`,
  anonPulse: 'Medarbeiderpuls',
  anonPulseText:
    'Svar knyttes bare til enheten, aldri til den ansatte, og vises bare for grupper over pulsens terskel.',
};

export const COMPLIANCE_TEXT: Record<ComplianceLang, ComplianceText> = { da, nb };
