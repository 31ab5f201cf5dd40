import type { AccessibilityStatement } from '../../shared/api/citizen-settings.ts';
import type { CitizenLanguage } from '../translations/citizen-language.ts';

/** The footer's two labels in a page's language (page texts `page.a11yStatement`, `page.a11yFeedback`). */
export function footerLabels(lang: CitizenLanguage) {
  return { statement: lang.text('page.a11yStatement'), feedback: lang.text('page.a11yFeedback') };
}

const esc = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The footer for a page in language `lang`, or '' when the municipality gave no statement and no
 * feedback address. The link targets the top window: a statement site usually refuses to be framed.
 */
export function footerHtml(lang: CitizenLanguage, s: AccessibilityStatement): string {
  if (!s.statementUrl && !s.feedbackEmail) return '';
  const l = footerLabels(lang);
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
export function kioskStatement(s: AccessibilityStatement, langs: readonly CitizenLanguage[]) {
  if (!s.statementUrl && !s.feedbackEmail) return null;
  return {
    statementUrl: s.statementUrl,
    feedbackEmail: s.feedbackEmail,
    labels: Object.fromEntries(langs.map((l) => [l.tag, footerLabels(l)])),
  };
}
