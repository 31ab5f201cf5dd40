import type { CompliancePack } from '../../../shared/lifecycle/compliance-pack.ts';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The pack as one self-contained HTML file (inline print styles, no scripts, no external files), so
 * it can be saved, attached to a contract draft and printed to PDF as it is.
 */
export function compliancePackHtml(pack: CompliancePack, lang: 'da' | 'nb'): string {
  const sections = pack.sections
    .map((s) => {
      const rows = s.rows
        .map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`)
        .join('');
      const bullets = s.bullets.length
        ? `<h3>${esc(s.bulletsHeading)}</h3><ul>${s.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`
        : '';
      return `<section><h2>${esc(s.heading)}</h2><p>${esc(s.intro)}</p><table>${rows}</table>${bullets}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(pack.title)}</title>
<style>
body{font:11pt/1.45 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{width:32%;background:#f2f2f2}section{break-inside:avoid-page;margin-top:2rem}
@media print{body{margin:0}section{break-before:page}section:first-of-type{break-before:auto}}
</style></head>
<body><main><h1>${esc(pack.title)}</h1><p>${esc(pack.subtitle)}</p>
${sections}
</main></body></html>
`;
}
