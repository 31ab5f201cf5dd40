/**
 * The HTML a municipality pastes into its own website to embed a survey: an iframe and a few lines of
 * script that set the frame's height from the survey page's `borgerblik:height` messages. The script
 * accepts messages only from the survey's own origin and only from the frame it sized; without it the
 * frame keeps its fixed height and still works.
 */

/** The message type the survey page posts to its parent. */
export const HEIGHT_MESSAGE = 'borgerblik:height';

const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed snippet for one survey served from `origin` (e.g. `https://borgerblik.kommune.dk`). */
export function embedSnippet(input: { origin: string; token: string; title: string }): string {
  const src = `${input.origin}/s/${encodeURIComponent(input.token)}`;
  // JSON.stringify makes a safe JS string literal; `<` is escaped so it cannot end the script element.
  const origin = JSON.stringify(input.origin).replace(/</g, '\\u003c');
  return `<iframe src="${attr(src)}" title="${attr(input.title)}" data-borgerblik style="width:100%;height:40rem;border:0" loading="lazy"></iframe>
<script>
window.addEventListener('message', function (e) {
  if (e.origin !== ${origin} || !e.data || e.data.type !== '${HEIGHT_MESSAGE}') return;
  document.querySelectorAll('iframe[data-borgerblik]').forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = Math.min(Number(e.data.height) || 0, 20000) + 'px';
  });
});
</script>`;
}
