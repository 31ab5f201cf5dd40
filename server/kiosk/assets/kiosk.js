// @ts-check
// Borgerblik kiosk: one question per screen for a reception tablet. Responses are queued in
// localStorage with an idempotency key before they are sent, so a network drop loses nothing and a
// re-send after a lost answer is counted once (the server ignores a key it has seen).

const TOKEN_KEY = 'bb_kiosk_token';
const QUEUE_KEY = 'bb_kiosk_queue';
const CONFIG_KEY = 'bb_kiosk_config';
const IDLE_MS = 60_000;
const THANKS_MS = 4_000;
/**
 * Smiley faces drawn as SVG (no emoji font needed: Debian's Chromium has none and showed empty boxes).
 * Colour and shape both carry the meaning: the mouth turns from a wide open smile to a deep frown, and the
 * two unhappy faces get brows, so the faces read the same in greyscale and for colour-blind citizens.
 * @type {Record<string, {fill: string, mouth: string, open: boolean, brows: string}>}
 */
const FACES = {
  very_happy: { fill: '#1d6b35', mouth: 'M28 58 Q50 84 72 58 Z', open: true, brows: '' },
  happy: { fill: '#4f8a1f', mouth: 'M32 62 Q50 76 68 62', open: false, brows: '' },
  unhappy: {
    fill: '#b45309',
    mouth: 'M32 70 Q50 58 68 70',
    open: false,
    brows: 'M30 32 L42 36 M58 36 L70 32',
  },
  very_unhappy: {
    fill: '#a4241b',
    mouth: 'M28 76 Q50 52 72 76 Z',
    open: true,
    brows: 'M28 28 L42 36 M58 36 L72 28',
  },
};
const SVG_NS = 'http://www.w3.org/2000/svg';

/** One face as an inline SVG element (decorative: the button's text names it). */
function faceSvg(/** @type {string} */ face) {
  const f = FACES[face];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 100 100');
  svg.setAttribute('class', `face face-${face}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  if (!f) return svg;
  const add = (/** @type {string} */ tag, /** @type {Record<string,string>} */ attrs) => {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    svg.append(node);
  };
  add('circle', { cx: '50', cy: '50', r: '46', fill: f.fill, stroke: '#1b1f24', 'stroke-width': '3' });
  add('circle', { cx: '36', cy: '42', r: '6', fill: '#fff' });
  add('circle', { cx: '64', cy: '42', r: '6', fill: '#fff' });
  if (f.brows) add('path', { d: f.brows, stroke: '#fff', 'stroke-width': '5', 'stroke-linecap': 'round' });
  add('path', {
    d: f.mouth,
    fill: f.open ? '#fff' : 'none',
    stroke: '#fff',
    'stroke-width': '6',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  });
  return svg;
}

/** Smiley terminal with neither a language choice nor a follow-up: one tap is the whole answer. */
const oneTap = () => config.mode === 'smiley' && !config.smiley?.followUp;

const app = /** @type {HTMLElement} */ (document.getElementById('app'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));

if (location.hash.length > 1) {
  localStorage.setItem(TOKEN_KEY, location.hash.slice(1));
  history.replaceState(null, '', location.pathname);
}
const token = localStorage.getItem(TOKEN_KEY) ?? '';

/** @type {any} */ let config = null;
/** @type {string} */ let locale = 'da';
/** @type {Record<string, string>} */ let answers = {};
let index = -1;
/** @type {number | undefined} */ let idleTimer;

const t = (/** @type {string} */ key, /** @type {Record<string, string|number>} */ params = {}) =>
  String(config?.texts?.[locale]?.[key] ?? key).replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ''));

/** @returns {Array<{idempotencyKey: string, locale: string, answers: Record<string,string>}>} */
const readQueue = () => JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]');
const writeQueue = (/** @type {unknown[]} */ q) => localStorage.setItem(QUEUE_KEY, JSON.stringify(q));

function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function el(
  /** @type {string} */ tag,
  /** @type {Record<string,string>} */ attrs = {},
  /** @type {(Node|string)[]} */ children = [],
) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
function button(/** @type {string} */ label, /** @type {() => void} */ onClick, cls = '') {
  const b = el('button', { type: 'button', class: cls }, [label]);
  b.addEventListener('click', onClick);
  return b;
}
function show(/** @type {Node[]} */ nodes) {
  app.replaceChildren(...nodes);
  app.focus();
}

function resetIdle() {
  clearTimeout(idleTimer);
  if (index >= 0) idleTimer = window.setTimeout(startScreen, IDLE_MS);
}

function updateStatus() {
  const n = readQueue().length;
  status.textContent = n ? t('pending', { n }) : '';
}

/** Switches the page language: `lang` for screen readers, `dir` so Arabic and the like run right to left. */
function setLanguage(/** @type {string} */ tag) {
  locale = tag;
  document.documentElement.lang = tag;
  const info = (config.languages ?? []).find((/** @type {{tag: string}} */ l) => l.tag === tag);
  document.documentElement.dir = info?.dir ?? 'ltr';
}

function startScreen() {
  clearTimeout(idleTimer);
  answers = {};
  index = -1;
  setLanguage(config.locales[0]);
  // The smiley terminal starts on the faces unless the survey asks for a language choice first.
  if (config.mode === 'smiley' && !config.smiley?.chooseLanguage) return next();
  const langs =
    config.locales.length > 1
      ? el(
          'div',
          { class: 'langs', role: 'group', 'aria-label': t('language') },
          config.locales.map((/** @type {string} */ l) => {
            // Large buttons, each language named in itself and marked up in its own language and direction.
            const b = button(
              String(config.texts?.[l]?.name ?? l),
              () => {
                setLanguage(l);
                next();
              },
              'lang',
            );
            const info = (config.languages ?? []).find((/** @type {{tag: string}} */ x) => x.tag === l);
            b.setAttribute('lang', l);
            b.setAttribute('dir', info?.dir ?? 'auto');
            return b;
          }),
        )
      : button(t('start'), next, 'primary big');
  show([
    el('h1', {}, [config.titles?.[locale] ?? config.title]),
    el('p', { class: 'lead' }, [t('welcome')]),
    langs,
    statement(),
  ]);
}

/**
 * The accessibility statement on the idle screen, as readable text rather than a link: a tap on a
 * link would take the reception tablet out of the kiosk with nobody there to bring it back. The
 * citizen can type the address on their own phone.
 */
function statement() {
  const a = config.accessibility;
  if (!a) return document.createTextNode('');
  const labels = a.labels?.[locale] ?? {};
  const lines = [];
  if (a.statementUrl)
    lines.push(el('p', {}, [`${labels.statement ?? ''}: `, el('span', { class: 'addr' }, [a.statementUrl])]));
  if (a.feedbackEmail)
    lines.push(el('p', {}, [`${labels.feedback ?? ''} `, el('span', { class: 'addr' }, [a.feedbackEmail])]));
  return el('footer', { class: 'a11y' }, lines);
}

function next() {
  index += 1;
  if (index >= config.questions.length || (oneTap() && index > 0)) return finish();
  questionScreen();
}

function questionScreen() {
  resetIdle();
  const q = config.questions[index];
  const total = config.questions.length;
  /** @type {Node[]} */
  const nodes = [
    ...(oneTap() ? [] : [el('p', { class: 'progress' }, [t('progress', { n: index + 1, total })])]),
    el('h1', { id: 'qtext' }, [q.text[locale]]),
  ];
  if (q.kind === 'text') {
    const area = /** @type {HTMLTextAreaElement} */ (
      el('textarea', { 'aria-labelledby': 'qtext', maxlength: String(q.maxLength ?? 2000), rows: '5' })
    );
    area.value = answers[q.id] ?? '';
    area.addEventListener('input', resetIdle);
    nodes.push(
      area,
      button(
        t('next'),
        () => {
          if (area.value.trim()) answers[q.id] = area.value;
          else delete answers[q.id];
          next();
        },
        'primary big',
      ),
    );
  } else {
    const opts = q.options.map((/** @type {{value: string, label: Record<string,string>}} */ o) => {
      const b = button(
        o.label[locale] ?? o.value,
        () => {
          answers[q.id] = o.value;
          next();
        },
        `option${o.value === 'dk' ? ' dk' : ''}`,
      );
      if (config.mode === 'smiley' && FACES[o.value]) b.prepend(faceSvg(o.value));
      b.setAttribute('aria-pressed', String(answers[q.id] === o.value));
      return b;
    });
    nodes.push(
      el(
        'div',
        {
          class: `options ${config.mode === 'smiley' && index === 0 ? 'faces' : ''}`,
          role: 'group',
          'aria-labelledby': 'qtext',
        },
        opts,
      ),
    );
  }
  const nav = el('div', { class: 'nav' }, []);
  if (index > 0)
    nav.append(
      button(t('back'), () => {
        index -= 2;
        next();
      }),
    );
  if (!q.required)
    nav.append(
      button(t('skip'), () => {
        delete answers[q.id];
        next();
      }),
    );
  nodes.push(nav);
  // Without a language choice the faces are the smiley terminal's idle screen: the statement goes there.
  if (config.mode === 'smiley' && index === 0 && !config.smiley?.chooseLanguage) nodes.push(statement());
  show(nodes);
}

function finish() {
  clearTimeout(idleTimer);
  if (Object.keys(answers).length)
    writeQueue([...readQueue(), { idempotencyKey: newKey(), locale, answers }]);
  show([el('h1', {}, [t('thanks')])]);
  updateStatus();
  void flush();
  window.setTimeout(startScreen, THANKS_MS);
}

let flushing = false;
/** Sends queued responses oldest first; stops at the first network failure and tries again later. */
async function flush() {
  if (flushing) return;
  flushing = true;
  try {
    for (let queue = readQueue(); queue.length; queue = readQueue()) {
      const item = queue[0];
      let res;
      try {
        res = await fetch(config.surveyPath, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
          body: JSON.stringify(item),
        });
      } catch {
        break;
      }
      if (res.status >= 500 || res.status === 429 || res.status === 401) break;
      // Stored (201), already stored (200), or refused as invalid (4xx): either way it leaves the queue.
      writeQueue(readQueue().filter((q) => q.idempotencyKey !== item?.idempotencyKey));
    }
  } finally {
    flushing = false;
    updateStatus();
  }
}

async function load() {
  if (!token)
    return show([
      el('p', { class: 'lead' }, ['Denne skærm er ikke registreret. / This screen is not registered.']),
    ]);
  try {
    const res = await fetch('/kiosk/config', { headers: { 'x-kiosk-token': token } });
    if (!res.ok) throw new Error(String(res.status));
    config = await res.json();
    localStorage.setItem(CONFIG_KEY, JSON.stringify(config));
  } catch {
    // Offline at start-up: run from the last configuration we saw; answers queue until the network is back.
    config = JSON.parse(localStorage.getItem(CONFIG_KEY) ?? 'null');
    if (!config) {
      show([el('p', { class: 'lead' }, ['…'])]);
      window.setTimeout(load, 5_000);
      return;
    }
  }
  startScreen();
  updateStatus();
  void flush();
}

window.addEventListener('online', () => void flush());
window.setInterval(() => void flush(), 5_000);
for (const ev of ['pointerdown', 'keydown']) document.addEventListener(ev, resetIdle);
void load();

// Loaded with type="module": say so to the type checker too, so top-level names stay in this file.
export {};
