import type { Locale } from '../../shared/indicators/index.ts';
import { LANGUAGE_NAMES, pt } from './i18n.ts';

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
  locale: Locale;
  title: string;
  municipality?: string;
  /** Languages offered in the switch, with the link for each; omitted on pages without a switch. */
  switchTo?: { locale: Locale; href: string }[];
  body: string;
}

/** The page frame shared by every public page: skip link, municipality, language switch, main landmark. */
export function page({ locale, title, municipality, switchTo, body }: PageFrame): string {
  const langs = (switchTo ?? [])
    .map(({ locale: l, href }) =>
      l === locale
        ? `<li><span aria-current="true" lang="${l}">${esc(LANGUAGE_NAMES[l])}</span></li>`
        : `<li><a href="${esc(href)}" lang="${l}" hreflang="${l}">${esc(LANGUAGE_NAMES[l])}</a></li>`,
    )
    .join('');
  const nav =
    langs && switchTo && switchTo.length > 1
      ? `<nav aria-label="${esc(pt(locale, 'language'))}"><ul class="langs">${langs}</ul></nav>`
      : '';
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}${municipality ? ` – ${esc(municipality)}` : ''}</title><link rel="stylesheet" href="/public/survey.css"></head>
<body><a class="skip" href="#main">${esc(pt(locale, 'skip'))}</a>
<header class="top">${municipality ? `<p class="muni">${esc(municipality)}</p>` : '<span></span>'}${nav}</header>
<main id="main" tabindex="-1">${body}</main></body></html>`;
}

/** A simple message page (thanks, closed, not found, too many attempts). */
export function messagePage(locale: Locale, title: string, text: string, municipality?: string): string {
  return page({
    locale,
    title,
    ...(municipality ? { municipality } : {}),
    body: `<h1>${esc(title)}</h1><p>${esc(text)}</p>`,
  });
}
