import type { ComplianceProfile } from '../api/lifecycle.ts';
import { COMPLIANCE_TEXT, type ComplianceLang } from './compliance-text.ts';
import { kindName } from './kind-names.ts';
import type { RetentionKind } from './kinds.ts';

/** What the pack is generated from: the live configuration of one municipality. */
export interface ComplianceInput {
  lang: ComplianceLang;
  municipality: { name: string; country: 'DK' | 'NO' };
  profile: Partial<ComplianceProfile>;
  retention: readonly {
    kind: RetentionKind;
    days: number;
    keepAggregates: boolean;
    aggregatesPossible: boolean;
  }[];
  minGroupSize: number;
  /** HTTPS configured (BORGERBLIK_SECURE_COOKIES=true behind a TLS proxy). */
  tls: boolean;
  database: 'pglite' | 'postgres';
  smtp: boolean;
  generatedAt: string;
}

export interface PackSection {
  id: 'ropa' | 'dpa' | 'anonymity';
  heading: string;
  intro: string;
  rows: [string, string][];
  bulletsHeading: string;
  bullets: string[];
}

export interface CompliancePack {
  title: string;
  subtitle: string;
  sections: PackSection[];
  /** Fields the software cannot know and that are still empty (shown as "to be filled in"). */
  missing: (keyof ComplianceProfile)[];
}

const REQUIRED: (keyof ComplianceProfile)[] = [
  'controllerName',
  'contactName',
  'contactEmail',
  'dpoEmail',
  'hostingProvider',
  'hostingLocation',
];

/**
 * The compliance pack as structured text: the record of processing activities (art. 30), a draft
 * annex to the data-processing agreement and the description of citizens' anonymity. Pure, so the
 * printable page in the browser and the downloaded HTML say exactly the same.
 */
export function buildCompliancePack(input: ComplianceInput): CompliancePack {
  const t = COMPLIANCE_TEXT[input.lang];
  const p = input.profile;
  const blank = t.toFill;
  const val = (v: string | undefined) => (v && v.trim() !== '' ? v : blank);
  const years = (days: number) => (days % 365 === 0 ? t.years(days / 365) : t.days(days));
  const retentionRows: [string, string][] = input.retention.map((r) => [
    kindName(input.lang, r.kind),
    `${years(r.days)}${r.aggregatesPossible && r.keepAggregates ? `; ${t.aggregatesKept(input.minGroupSize)}` : ''}`,
  ]);
  const security = [
    t.secArgon,
    t.secSessions,
    t.secTenant,
    t.secScreening,
    t.secSuppression(input.minGroupSize),
    input.tls ? t.secTlsOn : t.secTlsOff,
    t.secAudit,
    t.secRetention,
    input.database === 'postgres' ? t.secBackupPg : t.secBackupPglite,
  ];
  const controller = val(p.controllerName ?? input.municipality.name);
  return {
    title: t.title,
    subtitle: t.subtitle(input.municipality.name, input.generatedAt.slice(0, 10)),
    missing: REQUIRED.filter((f) => !p[f] || p[f]?.trim() === ''),
    sections: [
      {
        id: 'ropa',
        heading: t.ropaHeading,
        intro: t.ropaIntro,
        rows: [
          [t.controller, `${controller}${p.controllerAddress ? `, ${p.controllerAddress}` : ''}`],
          [t.contact, `${val(p.contactName)} (${val(p.contactEmail)})`],
          [t.dpo, `${val(p.dpoName)} (${val(p.dpoEmail)})`],
          [t.purposes, t.purposesText],
          [t.subjects, t.subjectsText],
          [t.categories, t.categoriesText],
          [t.recipients, t.recipientsText(val(p.hostingProvider))],
          [t.transfers, t.transfersText(val(p.hostingLocation))],
          ...retentionRows.map(([k, v]): [string, string] => [`${t.retention}: ${k}`, v]),
        ],
        bulletsHeading: t.ropaSecurity,
        bullets: security,
      },
      {
        id: 'dpa',
        heading: t.dpaHeading,
        intro: t.dpaIntro(controller, val(p.supplierName)),
        rows: [
          [t.dpaSubject, t.dpaSubjectText],
          [t.dpaNature, t.dpaNatureText],
          [t.subjects, t.subjectsText],
          [t.categories, t.categoriesText],
          [t.subProcessors, t.subProcessorsText(val(p.hostingProvider), val(p.hostingLocation), input.smtp)],
          [t.dpaDeletion, t.dpaDeletionText],
        ],
        bulletsHeading: t.ropaSecurity,
        bullets: security,
      },
      {
        id: 'anonymity',
        heading: t.anonHeading,
        intro: t.anonIntro,
        rows: [
          [t.anonStored, t.anonStoredText],
          [t.anonNotStored, t.anonNotStoredText],
          [t.anonFreeText, t.anonFreeTextText],
          [t.anonSmall, t.anonSmallText(input.minGroupSize)],
          [t.anonPulse, t.anonPulseText],
        ],
        bulletsHeading: '',
        bullets: [],
      },
    ],
  };
}
