import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { surveysApi } from './api.ts';

/**
 * A unit's smiley alert: whether a rule is set and fires now, the last day's worst window, and (for
 * analysts and admins) the rule's form. Shown on smiley surveys and on the units page.
 */
export function UnitAlertPanel({ unitId, mayManage }: { unitId: string; mayManage: boolean }) {
  const { t, format } = useI18n();
  const toast = useToast();
  const load = useCallback((signal: AbortSignal) => surveysApi.alert(unitId, { signal }), [unitId]);
  const state = useAsync(load);
  const [rule, setRule] = useState({ windowMinutes: '15', minPresses: '4', share: '50', email: '' });
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    const r = state.data?.rule;
    if (r)
      setRule({
        windowMinutes: String(r.windowMinutes),
        minPresses: String(r.minPresses),
        share: String(Math.round(r.unhappyShare * 100)),
        email: r.email ?? '',
      });
  }, [state.data]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await surveysApi.setAlert(unitId, {
        windowMinutes: Number(rule.windowMinutes),
        minPresses: Number(rule.minPresses),
        unhappyShare: Number(rule.share) / 100,
        email: rule.email.trim() || null,
      });
      toast({ message: t('surveys.alertSaved') });
      state.reload();
    } catch (e) {
      setError(e);
    }
  };
  const s = state.data;
  return (
    <div className="panel">
      <h3>{t('surveys.alert')}</h3>
      {state.error !== undefined && <ErrorMessage error={state.error} onRetry={state.reload} />}
      {s && (
        <p>
          {s.rule
            ? t('surveys.alertRule', {
                share: Math.round(s.rule.unhappyShare * 100),
                min: s.rule.minPresses,
                window: s.rule.windowMinutes,
              })
            : t('surveys.alertNoRule')}
        </p>
      )}
      {s?.rule && (
        <p role="status" className={s.firingNow ? 'alert alert-warn' : 'muted'}>
          {s.firingNow ? t('surveys.alertFiring') : t('surveys.alertQuiet')}
        </p>
      )}
      {s?.lastDay && (
        <p>
          {t('surveys.alertLastDay', {
            unhappy: s.lastDay.unhappy,
            presses: s.lastDay.presses,
            from: format.dateTime(s.lastDay.from),
          })}
        </p>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
      {mayManage && (
        <form onSubmit={save} className="form">
          <TextField
            label={t('surveys.alertWindow')}
            type="number"
            min={1}
            value={rule.windowMinutes}
            onChange={(e) => setRule({ ...rule, windowMinutes: e.target.value })}
          />
          <TextField
            label={t('surveys.alertMin')}
            type="number"
            min={1}
            value={rule.minPresses}
            onChange={(e) => setRule({ ...rule, minPresses: e.target.value })}
          />
          <TextField
            label={t('surveys.alertShare')}
            type="number"
            min={0}
            max={100}
            value={rule.share}
            onChange={(e) => setRule({ ...rule, share: e.target.value })}
          />
          <TextField
            label={t('surveys.alertEmail')}
            type="email"
            optional
            value={rule.email}
            onChange={(e) => setRule({ ...rule, email: e.target.value })}
          />
          <button type="submit" className="btn btn-secondary">
            {t('surveys.alertSave')}
          </button>
        </form>
      )}
    </div>
  );
}
