import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { type ErasureHit, lifecycleApi } from './api.ts';

const KIND_KEYS = {
  complaint: 'lifecycle.erasure.kind.complaint',
  interview: 'lifecycle.erasure.kind.interview',
  quote: 'lifecycle.erasure.kind.quote',
  observation: 'lifecycle.erasure.kind.observation',
} as const;

/** A citizen's right to erasure: search by name or case number, tick what to erase, give the request's reference. */
export function ErasurePanel() {
  const { t, format } = useI18n();
  const errorText = useErrorText();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<ErasureHit[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [reference, setReference] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const key = (h: ErasureHit) => `${h.kind}:${h.id}`;
  const search = async () => {
    setStatus(null);
    try {
      const r = await lifecycleApi.search(q);
      setHits(r.hits);
      setChosen(new Set(r.hits.map(key)));
    } catch (error) {
      setStatus(errorText(error));
    }
  };
  const erase = async () => {
    if (!hits) return;
    try {
      const items = hits.filter((h) => chosen.has(key(h))).map((h) => ({ kind: h.kind, id: h.id }));
      const r = await lifecycleApi.erase(items, reference);
      setStatus(
        t('lifecycle.erasure.erased', {
          count: format.number(Object.values(r.erased).reduce((a, b) => a + b, 0)),
        }),
      );
      setHits(null);
    } catch (error) {
      setStatus(errorText(error));
    }
  };
  return (
    <section aria-labelledby="erasure-title">
      <h2 id="erasure-title">{t('lifecycle.erasure.title')}</h2>
      <p>{t('lifecycle.erasure.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <TextField
          label={t('lifecycle.erasure.query')}
          value={q}
          minLength={3}
          onChange={(e) => setQ(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-secondary">
            {t('lifecycle.erasure.search')}
          </button>
        </div>
      </form>
      {hits && hits.length === 0 && <p role="status">{t('lifecycle.erasure.none')}</p>}
      {hits && hits.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void erase();
          }}
        >
          <p role="status">{t('lifecycle.erasure.found', { count: format.number(hits.length) })}</p>
          <ul>
            {hits.map((h) => (
              <li key={key(h)}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(key(h))}
                    onChange={(e) => {
                      const checked = e.target.checked;
                      setChosen((s) => {
                        const next = new Set(s);
                        if (checked) next.add(key(h));
                        else next.delete(key(h));
                        return next;
                      });
                    }}
                  />{' '}
                  {t(KIND_KEYS[h.kind])} · {format.date(h.date)} · {h.excerpt}
                </label>
              </li>
            ))}
          </ul>
          <TextField
            label={t('lifecycle.erasure.reference')}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            maxLength={200}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="btn btn-danger"
              disabled={chosen.size === 0 || reference.trim() === ''}
            >
              {t('lifecycle.erasure.erase')}
            </button>
          </div>
        </form>
      )}
      {status && hits === null && <p role="status">{status}</p>}
    </section>
  );
}
