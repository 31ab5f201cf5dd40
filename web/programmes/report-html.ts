/** Styles of the downloaded report: self-contained, readable and printable without the app. */
const REPORT_CSS = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.75rem; } h2 { margin-top: 2rem; font-size: 1.35rem; } h3 { font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #bbb; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
blockquote { margin: 0.75rem 0; padding-left: 1rem; border-left: 4px solid #767676; }
.goal-cell, .goal-ci { display: block; } .goal-ci, .muted { color: #4a4a4a; font-size: 0.9em; }
.verdict { font-weight: 600; } .verdict-improved { color: #0b6b2f; } .verdict-worsened { color: #a4161a; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.report-actions { display: none; }
@media print { body { margin: 0; max-width: none; } table { page-break-inside: avoid; } }
`;

/** A standalone HTML document of the rendered report, for download and archiving. */
export function reportDocument(article: HTMLElement, lang: string, title: string): string {
  const escapedTitle = title.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapedTitle}</title><style>${REPORT_CSS}</style></head>
<body><main>${article.innerHTML}</main></body>
</html>`;
}
