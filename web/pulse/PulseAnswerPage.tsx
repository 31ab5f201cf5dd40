import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useParams } from 'wouter';
import { PULSE_ITEMS } from '../../shared/complaints/pulse-items.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import '../programmes/dialog.css';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { type PulseAnswer, pulseApi } from './api.ts';

const VALUES = [5, 4, 3, 2, 1] as const;
const SCALE_KEY = {
  5: 'dialog.answer.scale.5',
  4: 'dialog.answer.scale.4',
  3: 'dialog.answer.scale.3',
  2: 'dialog.answer.scale.2',
  1: 'dialog.answer.scale.1',
} as const;

/** The anonymous pulse form: pick your unit, answer four statements, send. Works without signing in. */
export function PulseAnswerPage() {
  const { token = '' } = useParams();
  const { t, locale } = useI18n();
  const round = useAsync(
    useCallback((signal: AbortSignal) => pulseApi.publicRound(token, { signal }), [token]),
  );
  const [unitId, setUnitId] = useState('');
  const [answers, setAnswers] = useState<Record<string, PulseAnswer>>({});
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const [unitMissing, setUnitMissing] = useState(false);
  useEffect(() => {
    document.title = `${t('dialog.answer.title')} – ${t('app.name')}`;
    const only = round.data?.units.length === 1 ? round.data.units[0] : undefined;
    if (only) setUnitId(only.id);
  }, [round.data, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!unitId) {
      setUnitMissing(true);
      document.getElementById('pulse-unit')?.focus();
      return;
    }
    setError(null);
    try {
      await pulseApi.answer(token, { unitId, locale, answers });
      setSent(true);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <main id="main" className="main main-centered">
      <div className="card report">
        <h1>{round.data?.title ?? t('dialog.answer.title')}</h1>
        {round.loading && !round.data && <Loading />}
        {round.error !== undefined && <ErrorMessage error={round.error} />}
        {round.data && !round.data.open && <p role="status">{t('dialog.answer.closed')}</p>}
        {sent && (
          <p role="status" className="alert alert-info">
            {t('dialog.answer.thanks')}
          </p>
        )}
        {round.data?.open && !sent && (
          <form onSubmit={submit} noValidate>
            <p>{t('dialog.answer.intro')}</p>
            {error !== null && <ErrorMessage error={error} />}
            <div className={`field${unitMissing && !unitId ? ' field-invalid' : ''}`}>
              <label className="field-label" htmlFor="pulse-unit">
                {t('dialog.answer.unit')}
              </label>
              {unitMissing && !unitId && (
                <p className="field-error" id="pulse-unit-error">
                  {t('dialog.answer.unitMissing')}
                </p>
              )}
              <select
                id="pulse-unit"
                className="input"
                value={unitId}
                aria-describedby={unitMissing && !unitId ? 'pulse-unit-error' : undefined}
                onChange={(e) => setUnitId(e.target.value)}
              >
                <option value="">{t('dialog.answer.choose')}</option>
                {round.data.units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
            {PULSE_ITEMS.map((item) => (
              <fieldset key={item.id} className="pulse-question">
                <legend>{item.text[locale]}</legend>
                <div className="pulse-options">
                  {VALUES.map((v) => (
                    <label key={v}>
                      <input
                        type="radio"
                        name={item.id}
                        value={v}
                        checked={answers[item.id] === v}
                        onChange={() => setAnswers((a) => ({ ...a, [item.id]: v }))}
                      />
                      {t(SCALE_KEY[v])}
                    </label>
                  ))}
                  <label>
                    <input
                      type="radio"
                      name={item.id}
                      value="dk"
                      checked={answers[item.id] === 'dk'}
                      onChange={() => setAnswers((a) => ({ ...a, [item.id]: 'dk' }))}
                    />
                    {t('dialog.answer.dk')}
                  </label>
                </div>
              </fieldset>
            ))}
            <button type="submit" className="btn btn-primary">
              {t('dialog.answer.submit')}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
