import type { Locale } from '../../shared/indicators/index.ts';
import { esc, page } from '../public/html.ts';
import { pt } from '../public/i18n.ts';
import { plainLanguage } from '../public/languages.ts';

/**
 * A printable A4 sheet: municipality name, survey title, a large QR code and the address in words for
 * those who cannot scan. The QR SVG is our own output (no user input), so it is inlined as is.
 */
export function renderQrSheet(s: {
  locale: Locale;
  municipality: string;
  title: string;
  url: string;
  svg: string;
}): string {
  const body = `<div class="sheet"><h1>${esc(s.title)}</h1>
<p><strong>${esc(pt(s.locale, 'sheetScan'))}</strong></p>
<div role="img" aria-label="QR: ${esc(s.url)}">${s.svg}</div>
<p>${esc(pt(s.locale, 'sheetOrVisit'))}</p><p class="url">${esc(s.url)}</p>
<p>${esc(pt(s.locale, 'sheetAnonymous'))}</p>
</div>`;
  return page({ lang: plainLanguage(s.locale), title: s.title, municipality: s.municipality, body });
}
