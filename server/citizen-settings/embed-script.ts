import { createHash } from 'node:crypto';
import { HEIGHT_MESSAGE } from '../../shared/citizen-settings/snippet.ts';

/**
 * The inline script a framed citizen page runs: it tells its parent its height. Inline (one request
 * fewer on a phone) and allowed by its hash, not a nonce: the first page is rendered once and cached
 * (survey-cache.ts), so a per-response nonce would cost a render per view. The text is constant; the
 * allowed origins ride along in the script element's `data-origins` attribute, which the hash does not
 * cover. Messages go only to an allowed origin (never `*`): the parent from `ancestorOrigins` where
 * the browser offers it, otherwise each allowed origin, which the browser delivers only on a match.
 */
export const EMBED_SCRIPT = `(function () {
  if (window.parent === window) return;
  var me = document.currentScript;
  var allowed = ((me && me.getAttribute('data-origins')) || '').split(' ').filter(Boolean);
  var anc = window.location.ancestorOrigins;
  var targets = anc && anc.length ? allowed.filter(function (o) { return o === anc[0]; }) : allowed;
  if (!targets.length) return;
  document.documentElement.classList.add('framed');
  var last = -1;
  function send() {
    var h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    targets.forEach(function (o) { window.parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: h }, o); });
  }
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.body);
  window.addEventListener('load', send);
  send();
})();`;

/** The CSP source that allows exactly EMBED_SCRIPT. */
export const EMBED_SCRIPT_HASH = `'sha256-${createHash('sha256').update(EMBED_SCRIPT).digest('base64')}'`;
