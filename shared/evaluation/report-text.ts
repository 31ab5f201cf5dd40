import { numberFormats } from '../format/number.ts';
import type { Locale } from '../indicators/types.ts';
import type { Verdict } from '../stats/index.ts';
import type { HeadlineKey } from './headline.ts';

const da = {
  criteriaTitle: 'Succeskriterier ét for ét',
  criteriaIntro: 'Hvert mål, der blev valgt før forsøget, vurderes for sig.',
  criteria_one: '{count} succeskriterium: {met} opfyldt, {notMet} ikke opfyldt, {cannot} kan ikke vurderes.',
  criteria_other:
    '{count} succeskriterier: {met} opfyldt, {notMet} ikke opfyldt, {cannot} kan ikke vurderes.',
  criterion: 'Succeskriterium',
  'criterion.item': 'Svarene på »{label}« bliver bedre',
  'criterion.rate': 'Færre observationer af »{label}« pr. observeret time',
  'criterion.count': 'Optælling: {label} ({before} før, {after} efter)',
  'status.met': 'Opfyldt',
  'status.not_met': 'Ikke opfyldt',
  'status.cannot_judge': 'Kan ikke vurderes',
  'reason.no_period': 'der er ingen førperiode',
  'reason.suppressed': 'en gruppe er skjult, fordi den har for få svar til at være anonym',
  'reason.too_few': 'for få svar ({nBefore} og {nAfter}; mindst {minN} i hver gruppe)',
  'reason.no_observations': 'der mangler observerede timer i en af perioderne',
  'reason.zero_count': 'ingen observationer i en af perioderne, så forholdet kan ikke beregnes',
  'reason.not_tested': 'en håndindtastet optælling har ingen fastlagt retning eller usikkerhed',
  'reason.no_value': 'der er intet tal for målet i perioden',
  'reason.not_due': 'målet er ikke nået endnu, og fristen er ikke udløbet',
  'criterion.goal': '{label}: {goal} senest {by} (før {before}, efter {after})',
  'goal.up.absolute': 'mindst {value}',
  'goal.down.absolute': 'højst {value}',
  'goal.up.points': 'stiger mindst {value} point',
  'goal.down.points': 'falder mindst {value} point',
  'goal.up.percent': 'stiger mindst {value} %',
  'goal.down.percent': 'falder mindst {value} %',
  seasonTitle: 'Årstid og ferier',
  seasonNote:
    'Før- og efterperioden falder ikke i de samme årstider og ferieperioder. En del af en forskel kan skyldes tidspunktet på året og ikke tiltaget.',
  seasonOnlyBefore: 'Kun i førperioden: {list}.',
  seasonOnlyAfter: 'Kun i efterperioden: {list}.',
  'season.winter': 'vinter',
  'season.spring': 'forår',
  'season.summer': 'sommer',
  'season.autumn': 'efterår',
  'season.summer_holiday': 'sommerferie (juli)',
  'season.christmas': 'jul og nytår',
  'season.winter_break': 'vinterferie (uge 7–8)',
  'season.easter': 'påske',
  reportTitle: 'Evaluering af {title}',
  generated: 'Udarbejdet {date} i Borgerblik for {municipality}.',
  background: 'Baggrund',
  tried: 'Hvad blev afprøvet',
  ideas: 'Idéer bag tiltaget',
  problems: 'Problemer tiltaget skulle løse',
  method: 'Metode',
  results: 'Resultater',
  conclusion: 'Samlet vurdering',
  quotes: 'Hvad borgere og medarbejdere sagde',
  recommendations: 'Anbefalinger',
  successCriteria: 'Succeskriterier (fastlagt før forsøget)',
  owner: 'Ansvarlig',
  units: 'Forsøgsenheder',
  comparisonUnits: 'Sammenligningsenheder',
  methodBeforeAfter:
    'Før/efter: svar fra borgerne i forsøgsenhederne i perioden {baseline} sammenlignes med perioden {test}.',
  methodComparison:
    'Forsøg mod sammenligning: svar i forsøgsenhederne sammenlignes med sammenligningsenhederne i perioden {test}.',
  methodStats:
    'Forskellen i gennemsnit vises med 95 %-konfidensinterval (Welch). Svarene er ordinale, så vurderingen bygger på Mann-Whitney-testen (normalfordelingstilnærmelse med korrektion for ens svar og kontinuitetskorrektion, som R’s wilcox.test og SciPy’s mannwhitneyu), justeret for antallet af spørgsmål (Holm), og kræver mindst {minN} svar i hver gruppe. Observationer tælles pr. observeret time.',
  before: 'Før',
  after: 'Efter',
  comparison: 'Sammenligning',
  test: 'Forsøg',
  item: 'Spørgsmål',
  mean: 'Gennemsnit',
  diff: 'Forskel (95 %-interval)',
  effect: 'Effektstørrelse (r)',
  answers: 'Svar',
  verdict: 'Vurdering',
  suppressed: 'Skjult (færre end {minimum} svar)',
  observations: 'Observationer pr. observeret time',
  category: 'Kategori',
  hours: 'Timer observeret',
  perHour: 'pr. time',
  ratio: 'Forhold (95 %-interval)',
  counts: 'Optællinger',
  chartTitle: 'Gennemsnit før og efter med 95 %-interval',
  none: 'Intet registreret.',
  'headline.improved':
    'Borgernes svar er blevet bedre på mindst ét målt spørgsmål og ikke dårligere på noget.',
  'headline.worsened':
    'Borgernes svar er blevet dårligere på mindst ét målt spørgsmål og ikke bedre på noget.',
  'headline.mixed': 'Resultaterne peger i begge retninger; tiltaget bør undersøges nærmere.',
  'headline.no_difference':
    'Der er ikke fundet en sikker forskel. Det beviser ikke, at tiltaget var uden effekt.',
  'headline.too_few': 'For få svar til at konkludere noget.',
  'headline.nothing_measured': 'Der er ikke valgt nogen spørgsmål at måle på.',
  'verdict.improved': 'Bedre: forskellen er næppe tilfældig (justeret {p}).',
  'verdict.worsened': 'Dårligere: forskellen er næppe tilfældig (justeret {p}).',
  'verdict.no_difference': 'Ingen sikker forskel; den kan skyldes tilfældigheder.',
  'verdict.too_few': 'For få svar til at konkludere ({nBefore} og {nAfter}; mindst {minN} i hver gruppe).',
};

export type ReportKey = keyof typeof da;
type Messages = Record<ReportKey, string>;

const nb: Messages = {
  criteriaTitle: 'Suksesskriteriene ett for ett',
  criteriaIntro: 'Hvert mål som ble valgt før forsøket, vurderes for seg.',
  criteria_one: '{count} suksesskriterium: {met} oppfylt, {notMet} ikke oppfylt, {cannot} kan ikke vurderes.',
  criteria_other:
    '{count} suksesskriterier: {met} oppfylt, {notMet} ikke oppfylt, {cannot} kan ikke vurderes.',
  criterion: 'Suksesskriterium',
  'criterion.item': 'Svarene på «{label}» blir bedre',
  'criterion.rate': 'Færre observasjoner av «{label}» per observert time',
  'criterion.count': 'Opptelling: {label} ({before} før, {after} etter)',
  'status.met': 'Oppfylt',
  'status.not_met': 'Ikke oppfylt',
  'status.cannot_judge': 'Kan ikke vurderes',
  'reason.no_period': 'det er ingen førperiode',
  'reason.suppressed': 'en gruppe er skjult fordi den har for få svar til å være anonym',
  'reason.too_few': 'for få svar ({nBefore} og {nAfter}; minst {minN} i hver gruppe)',
  'reason.no_observations': 'det mangler observerte timer i en av periodene',
  'reason.zero_count': 'ingen observasjoner i en av periodene, så forholdet kan ikke beregnes',
  'reason.not_tested': 'en manuelt registrert opptelling har ingen fastsatt retning eller usikkerhet',
  'reason.no_value': 'det finnes ikke noe tall for målet i perioden',
  'reason.not_due': 'målet er ikke nådd ennå, og fristen er ikke ute',
  'criterion.goal': '{label}: {goal} senest {by} (før {before}, etter {after})',
  'goal.up.absolute': 'minst {value}',
  'goal.down.absolute': 'høyst {value}',
  'goal.up.points': 'øker minst {value} poeng',
  'goal.down.points': 'synker minst {value} poeng',
  'goal.up.percent': 'øker minst {value} %',
  'goal.down.percent': 'synker minst {value} %',
  seasonTitle: 'Årstid og ferier',
  seasonNote:
    'Før- og etterperioden faller ikke i de samme årstidene og ferieperiodene. En del av en forskjell kan skyldes tiden på året og ikke tiltaket.',
  seasonOnlyBefore: 'Bare i førperioden: {list}.',
  seasonOnlyAfter: 'Bare i etterperioden: {list}.',
  'season.winter': 'vinter',
  'season.spring': 'vår',
  'season.summer': 'sommer',
  'season.autumn': 'høst',
  'season.summer_holiday': 'sommerferie (juli)',
  'season.christmas': 'jul og nyttår',
  'season.winter_break': 'vinterferie (uke 7–8)',
  'season.easter': 'påske',
  reportTitle: 'Evaluering av {title}',
  generated: 'Utarbeidet {date} i Borgerblik for {municipality}.',
  background: 'Bakgrunn',
  tried: 'Hva ble prøvd ut',
  ideas: 'Idéer bak tiltaket',
  problems: 'Problemer tiltaket skulle løse',
  method: 'Metode',
  results: 'Resultater',
  conclusion: 'Samlet vurdering',
  quotes: 'Hva innbyggere og medarbeidere sa',
  recommendations: 'Anbefalinger',
  successCriteria: 'Suksesskriterier (fastsatt før forsøket)',
  owner: 'Ansvarlig',
  units: 'Forsøksenheter',
  comparisonUnits: 'Sammenligningsenheter',
  methodBeforeAfter:
    'Før/etter: svar fra innbyggerne i forsøksenhetene i perioden {baseline} sammenlignes med perioden {test}.',
  methodComparison:
    'Forsøk mot sammenligning: svar i forsøksenhetene sammenlignes med sammenligningsenhetene i perioden {test}.',
  methodStats:
    'Forskjellen i gjennomsnitt vises med 95 %-konfidensintervall (Welch). Svarene er ordinale, så vurderingen bygger på Mann-Whitney-testen (normalfordelingstilnærming med korreksjon for like svar og kontinuitetskorreksjon, som R sin wilcox.test og SciPy sin mannwhitneyu), justert for antall spørsmål (Holm), og krever minst {minN} svar i hver gruppe. Observasjoner telles per observert time.',
  before: 'Før',
  after: 'Etter',
  comparison: 'Sammenligning',
  test: 'Forsøk',
  item: 'Spørsmål',
  mean: 'Gjennomsnitt',
  diff: 'Forskjell (95 %-intervall)',
  effect: 'Effektstørrelse (r)',
  answers: 'Svar',
  verdict: 'Vurdering',
  suppressed: 'Skjult (færre enn {minimum} svar)',
  observations: 'Observasjoner per observert time',
  category: 'Kategori',
  hours: 'Timer observert',
  perHour: 'per time',
  ratio: 'Forhold (95 %-intervall)',
  counts: 'Opptellinger',
  chartTitle: 'Gjennomsnitt før og etter med 95 %-intervall',
  none: 'Ingenting registrert.',
  'headline.improved':
    'Innbyggernes svar er blitt bedre på minst ett målt spørsmål og ikke dårligere på noe.',
  'headline.worsened':
    'Innbyggernes svar er blitt dårligere på minst ett målt spørsmål og ikke bedre på noe.',
  'headline.mixed': 'Resultatene peker i begge retninger; tiltaket bør undersøkes nærmere.',
  'headline.no_difference':
    'Det er ikke funnet en sikker forskjell. Det beviser ikke at tiltaket var uten effekt.',
  'headline.too_few': 'For få svar til å konkludere noe.',
  'headline.nothing_measured': 'Det er ikke valgt noen spørsmål å måle på.',
  'verdict.improved': 'Bedre: forskjellen er neppe tilfeldig (justert {p}).',
  'verdict.worsened': 'Dårligere: forskjellen er neppe tilfeldig (justert {p}).',
  'verdict.no_difference': 'Ingen sikker forskjell; den kan skyldes tilfeldigheter.',
  'verdict.too_few': 'For få svar til å konkludere ({nBefore} og {nAfter}; minst {minN} i hver gruppe).',
};

const en: Messages = {
  criteriaTitle: 'Success criteria one by one',
  criteriaIntro: 'Each measure chosen before the test is judged on its own.',
  criteria_one: '{count} success criterion: {met} met, {notMet} not met, {cannot} cannot be judged.',
  criteria_other: '{count} success criteria: {met} met, {notMet} not met, {cannot} cannot be judged.',
  criterion: 'Success criterion',
  'criterion.item': 'Answers to “{label}” improve',
  'criterion.rate': 'Fewer observations of “{label}” per observed hour',
  'criterion.count': 'Count: {label} ({before} before, {after} after)',
  'status.met': 'Met',
  'status.not_met': 'Not met',
  'status.cannot_judge': 'Cannot be judged',
  'reason.no_period': 'there is no before period',
  'reason.suppressed': 'a group is hidden because it has too few answers to stay anonymous',
  'reason.too_few': 'too few answers ({nBefore} and {nAfter}; at least {minN} in each group)',
  'reason.no_observations': 'observed hours are missing in one of the periods',
  'reason.zero_count': 'no observations in one of the periods, so no ratio can be computed',
  'reason.not_tested': 'a hand-entered count has no set direction or uncertainty',
  'reason.no_value': 'there is no figure for the measure in the period',
  'reason.not_due': 'the target is not reached yet and its date has not passed',
  'criterion.goal': '{label}: {goal} by {by} (before {before}, after {after})',
  'goal.up.absolute': 'at least {value}',
  'goal.down.absolute': 'at most {value}',
  'goal.up.points': 'rises by at least {value} points',
  'goal.down.points': 'falls by at least {value} points',
  'goal.up.percent': 'rises by at least {value} %',
  'goal.down.percent': 'falls by at least {value} %',
  seasonTitle: 'Season and holidays',
  seasonNote:
    'The before and after periods do not fall in the same seasons and holiday periods. Part of a difference may be the time of year rather than the change tried.',
  seasonOnlyBefore: 'Only in the before period: {list}.',
  seasonOnlyAfter: 'Only in the after period: {list}.',
  'season.winter': 'winter',
  'season.spring': 'spring',
  'season.summer': 'summer',
  'season.autumn': 'autumn',
  'season.summer_holiday': 'summer holidays (July)',
  'season.christmas': 'Christmas and New Year',
  'season.winter_break': 'winter break (weeks 7–8)',
  'season.easter': 'Easter',
  reportTitle: 'Evaluation of {title}',
  generated: 'Prepared {date} in Borgerblik for {municipality}.',
  background: 'Background',
  tried: 'What was tried',
  ideas: 'Ideas behind the initiative',
  problems: 'Problems the initiative addresses',
  method: 'Method',
  results: 'Results',
  conclusion: 'Overall assessment',
  quotes: 'What citizens and staff said',
  recommendations: 'Recommendations',
  successCriteria: 'Success criteria (set before the test)',
  owner: 'Owner',
  units: 'Test units',
  comparisonUnits: 'Comparison units',
  methodBeforeAfter:
    'Before/after: answers from citizens at the test units in the period {baseline} are compared with the period {test}.',
  methodComparison:
    'Test versus comparison: answers at the test units are compared with the comparison units in the period {test}.',
  methodStats:
    'The difference in means is shown with a 95 % confidence interval (Welch). Answers are ordinal, so the assessment rests on the Mann-Whitney test (normal approximation with tie and continuity correction, as R’s wilcox.test and SciPy’s mannwhitneyu), adjusted for the number of questions (Holm), and needs at least {minN} answers in each group. Observations are counted per hour observed.',
  before: 'Before',
  after: 'After',
  comparison: 'Comparison',
  test: 'Test',
  item: 'Question',
  mean: 'Mean',
  diff: 'Difference (95 % interval)',
  effect: 'Effect size (r)',
  answers: 'Answers',
  verdict: 'Assessment',
  suppressed: 'Hidden (fewer than {minimum} answers)',
  observations: 'Observations per hour observed',
  category: 'Category',
  hours: 'Hours observed',
  perHour: 'per hour',
  ratio: 'Ratio (95 % interval)',
  counts: 'Counts',
  chartTitle: 'Means before and after with 95 % interval',
  none: 'Nothing recorded.',
  'headline.improved': "Citizens' answers improved on at least one measured question and worsened on none.",
  'headline.worsened': "Citizens' answers worsened on at least one measured question and improved on none.",
  'headline.mixed': 'The results point both ways; the initiative needs a closer look.',
  'headline.no_difference':
    'No reliable difference was found. That does not prove the initiative had no effect.',
  'headline.too_few': 'Too few answers to conclude anything.',
  'headline.nothing_measured': 'No questions were chosen to measure.',
  'verdict.improved': 'Better: the difference is unlikely to be chance (adjusted {p}).',
  'verdict.worsened': 'Worse: the difference is unlikely to be chance (adjusted {p}).',
  'verdict.no_difference': 'No reliable difference; it may be chance.',
  'verdict.too_few': 'Too few answers to conclude ({nBefore} and {nAfter}; at least {minN} in each group).',
};

const TEXTS: Record<Locale, Messages> = { da, nb, en };
/** Formats a number for the report's language with a fixed number of decimals (shared/format). */
export function formatNumber(locale: Locale, value: number, digits = 2): string {
  return numberFormats(locale).fixed(value, digits);
}

/** A report message with `{name}` placeholders filled in. */
export function reportText(locale: Locale, key: ReportKey, params: Record<string, string | number> = {}) {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value, Number.isInteger(value) ? 0 : 3) : value;
  });
}

/** The verdict of one item as a sentence that says no more than the data allow. */
export function verdictSentence(locale: Locale, v: Verdict): string {
  const { nBefore, nAfter, minN, p } = v.params;
  // The p-value carries its own sign: "p < 0,001" below the floor, "p = 0,012" above it.
  return reportText(locale, `verdict.${v.key}`, {
    nBefore,
    nAfter,
    minN,
    p: numberFormats(locale).pValue(p),
  });
}

/** The report's overall conclusion. */
export function headlineSentence(locale: Locale, key: HeadlineKey): string {
  return reportText(locale, `headline.${key}`);
}

/** A counted message: `key_one` when count is 1, else `key_other` (da, nb and en plural the same way). */
export function reportCount(
  locale: Locale,
  key: 'criteria',
  count: number,
  params: Record<string, string | number> = {},
): string {
  return reportText(locale, count === 1 ? `${key}_one` : `${key}_other`, { ...params, count });
}
