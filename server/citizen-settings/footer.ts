import type { AccessibilityStatement } from '../../shared/api/citizen-settings.ts';

/**
 * The accessibility footer of every citizen page, in the page's own language. Kept here rather than
 * in the page dictionaries: the footer is added to whatever page was rendered (form, thanks, message),
 * in whatever language it was rendered in, by reading its `<html lang>`.
 */
const LABELS = {
  da: { statement: 'Tilgængelighedserklæring', feedback: 'Problemer med tilgængeligheden? Skriv til' },
  nb: { statement: 'Tilgjengelighetserklæring', feedback: 'Problemer med tilgjengeligheten? Skriv til' },
  nn: { statement: 'Tilgjengelegheitserklæring', feedback: 'Problem med tilgjengelegheita? Skriv til' },
  en: { statement: 'Accessibility statement', feedback: 'Problems with accessibility? Write to' },
} as const;
export type FooterLanguage = keyof typeof LABELS;

/** The label set for a BCP 47 tag: Danish, bokmål (also `no`), nynorsk, English for anything else. */
export function footerLabels(tag: string) {
  const base = tag.toLowerCase().split('-')[0] ?? '';
  if (base === 'da') return LABELS.da;
  if (base === 'nb' || base === 'no') return LABELS.nb;
  if (base === 'nn') return LABELS.nn;
  return LABELS.en;
}

const esc = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The footer for a page in language `tag`, or '' when the municipality gave no statement and no
 * feedback address. The link targets the top window: a statement site usually refuses to be framed.
 */
export function footerHtml(tag: string, s: AccessibilityStatement): string {
  if (!s.statementUrl && !s.feedbackEmail) return '';
  const l = footerLabels(tag);
  const parts: string[] = [];
  if (s.statementUrl) parts.push(`<a href="${esc(s.statementUrl)}" target="_top">${esc(l.statement)}</a>`);
  if (s.feedbackEmail)
    parts.push(
      `${esc(l.feedback)} <a href="mailto:${esc(s.feedbackEmail)}" target="_top">${esc(s.feedbackEmail)}</a>`,
    );
  return `<footer class="a11y-footer"><ul>${parts.map((p) => `<li>${p}</li>`).join('')}</ul></footer>`;
}

/**
 * The statement for the kiosk and smiley terminal's idle screen, with labels per offered language, or
 * null without a statement or feedback address.
 */
export function kioskStatement(s: AccessibilityStatement, locales: readonly string[]) {
  if (!s.statementUrl && !s.feedbackEmail) return null;
  return {
    statementUrl: s.statementUrl,
    feedbackEmail: s.feedbackEmail,
    labels: Object.fromEntries(locales.map((l) => [l, footerLabels(l)])),
  };
}
