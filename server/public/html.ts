import { ownLanguageName, textDirection } from '../../shared/languages/tags.ts';
import type { CitizenLanguage } from '../translations/citizen-language.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export interface PageFrame {
  lang: CitizenLanguage;
  title: string;
  municipality?: string;
  /** Languages offered in the switch, with the link for each; omitted on pages without a switch. */
  switchTo?: { tag: string; href: string }[];
  /**
   * Past a form's first page the switch is submit buttons of that form (HTML `form` attribute, name
   * `switch`), not links: the choice travels with every answer given so far, without JavaScript.
   * `defaultSubmit` repeats the form's own first button, hidden, ahead of them: implicit submission
   * (Enter in a field) clicks the form's first submit button in tree order, which would else be a language.
   */
  switchForm?: { id: string; defaultSubmit: { name: string; value: string; label: string } };
  body: string;
  /** The page holds questions: the skip link says "skip to the questions", else "to the content". */
  hasQuestions?: boolean;
}

/**
 * The page frame shared by every public page: skip link, municipality, language switch, main landmark.
 * `lang` and `dir` come from the language, so Arabic, Urdu or Farsi pages run right to left (the
 * stylesheet uses logical properties only); each language name in the switch is written in its own
 * language and direction.
 */
export function page(frame: PageFrame): string {
  const { lang, title, municipality, switchTo, switchForm, body, hasQuestions } = frame;
  const langs = (switchTo ?? [])
    .map(({ tag, href }) => {
      const attrs = `lang="${esc(tag)}" dir="${textDirection(tag)}"`;
      const name = esc(ownLanguageName(tag));
      if (tag === lang.tag) return `<li><span aria-current="true" ${attrs}>${name}</span></li>`;
      return switchForm
        ? `<li><button type="submit" form="${esc(switchForm.id)}" name="switch" value="${esc(tag)}" ${attrs}>${name}</button></li>`
        : `<li><a href="${esc(href)}" ${attrs} hreflang="${esc(tag)}">${name}</a></li>`;
    })
    .join('');
  const fallback = switchForm?.defaultSubmit;
  const nav =
    langs && switchTo && switchTo.length > 1
      ? `${switchForm && fallback ? `<button type="submit" form="${esc(switchForm.id)}" name="${esc(fallback.name)}" value="${esc(fallback.value)}" hidden>${esc(fallback.label)}</button>` : ''}<nav aria-label="${esc(lang.text('page.language'))}"><ul class="langs">${langs}</ul></nav>`
      : '';
  return `<!doctype html>
<html lang="${esc(lang.tag)}" dir="${lang.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}${municipality ? ` – ${esc(municipality)}` : ''}</title><link rel="stylesheet" href="/public/survey.css"><link rel="icon" href="/public/favicon.svg" type="image/svg+xml"></head>
<body><a class="skip" href="#main">${esc(lang.text(hasQuestions ? 'page.skip' : 'page.skipContent'))}</a>
<header class="top">${municipality ? `<p class="muni">${esc(municipality)}</p>` : '<span></span>'}${nav}</header>
<main id="main" tabindex="-1">${body}</main></body></html>`;
}

/** A simple message page (thanks, closed, not found, too many attempts). */
export function messagePage(
  lang: CitizenLanguage,
  title: string,
  text: string,
  municipality?: string,
): string {
  return page({
    lang,
    title,
    ...(municipality ? { municipality } : {}),
    body: `<h1>${esc(title)}</h1><p>${esc(text)}</p>`,
  });
}

/** A message page from two page-text keys (`thanksTitle`, `thanksBody`). */
export function keyedMessage(
  lang: CitizenLanguage,
  title: string,
  body: string,
  municipality?: string,
): string {
  return messagePage(lang, lang.text(`page.${title}`), lang.text(`page.${body}`), municipality);
}
