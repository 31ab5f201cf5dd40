import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { EmptyState, ErrorMessage, Loading, useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { lifecycleApi } from './api.ts';

const TYPE_KEYS = {
  survey: 'lifecycle.holds.type.survey',
  journey: 'lifecycle.holds.type.journey',
  eventlog: 'lifecycle.holds.type.eventlog',
} as const;
const typeKey = (type: keyof typeof TYPE_KEYS) => TYPE_KEYS[type];

/** Legal holds: list, add (pick a survey, journey or event log), lift. */
export function HoldsPanel() {
  const { t, format } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const holds = useAsync(useCallback((signal: AbortSignal) => lifecycleApi.holds({ signal }), []));
  const paged = usePaged(holds.data?.holds ?? []);
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const act = async (work: () => Promise<void>) => {
    try {
      await work();
      holds.reload();
    } catch (error) {
      toast({ message: errorText(error) });
    }
  };
  if (holds.error) return <ErrorMessage error={holds.error} onRetry={holds.reload} />;
  if (!holds.data) return <Loading />;
  const { holds: list, targets } = holds.data;
  return (
    <section aria-labelledby="holds-title">
      <h2 id="holds-title">{t('lifecycle.holds.title')}</h2>
      <p>{t('lifecycle.holds.intro')}</p>
      {list.length === 0 ? (
        <EmptyState>{t('lifecycle.holds.empty')}</EmptyState>
      ) : (
        <ul>
          {paged.rows.map((h) => (
            <li key={`${h.targetType}:${h.targetId}`}>
              {t(typeKey(h.targetType))}: <strong>{h.targetName ?? h.targetId}</strong>
              {h.reason ? ` – ${h.reason}` : ''} ({format.date(h.createdAt)}){' '}
              <button
                type="button"
                className="btn-link"
                onClick={() => act(() => lifecycleApi.removeHold(h.targetType, h.targetId))}
              >
                {t('lifecycle.holds.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <PagedControls paged={paged} label={t('lifecycle.holds.title')} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const [targetType = '', targetId = ''] = target.split(':');
          void act(async () => {
            await lifecycleApi.addHold({ targetType, targetId, reason });
            setTarget('');
            setReason('');
          });
        }}
      >
        <SelectField
          label={t('lifecycle.holds.target')}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          required
        >
          <option value="" />
          {targets.map((x) => (
            <option key={`${x.targetType}:${x.targetId}`} value={`${x.targetType}:${x.targetId}`}>
              {t(typeKey(x.targetType))}: {x.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('lifecycle.holds.reason')}
          optional
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-secondary" disabled={!target}>
            {t('lifecycle.holds.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
