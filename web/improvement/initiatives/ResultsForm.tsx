import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TextField } from '../../ui/Field.tsx';
import type { Initiative } from '../types.ts';
import { TextAreaField } from '../ui/TextAreaField.tsx';

const asNumber = (value: string) => (value.trim() === '' ? null : Math.max(0, Number(value)));

/**
 * What may still change after the start: the numbers of the hand-entered counts (complaints and the like)
 * and the recommendations. What is counted stays as fixed before the test.
 */
export function ResultsForm({
  initiative,
  onSave,
}: {
  initiative: Initiative;
  onSave: (patch: Partial<Initiative>) => Promise<void>;
}) {
  const { t } = useI18n();
  const [counts, setCounts] = useState(
    initiative.measures.counts.map((c) => ({
      ...c,
      b: c.before?.toString() ?? '',
      a: c.after?.toString() ?? '',
    })),
  );
  const [recommendations, setRecommendations] = useState(initiative.recommendations);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSave({
      recommendations,
      measures: {
        ...initiative.measures,
        counts: counts.map((c) => ({ label: c.label, before: asNumber(c.b), after: asNumber(c.a) })),
      },
    });
  };
  const set = (i: number, key: 'a' | 'b', value: string) =>
    setCounts((list) => list.map((c, k) => (k === i ? { ...c, [key]: value } : c)));
  return (
    <details>
      <summary>{t('improvement.initiatives.results')}</summary>
      <form className="form" onSubmit={submit}>
        {counts.map((c, i) => (
          <div key={c.label} className="improvement-row">
            <TextField
              label={t('improvement.initiatives.countBefore', { label: c.label })}
              optional
              type="number"
              min={0}
              value={c.b}
              onChange={(e) => set(i, 'b', e.target.value)}
            />
            <TextField
              label={t('improvement.initiatives.countAfter', { label: c.label })}
              optional
              type="number"
              min={0}
              value={c.a}
              onChange={(e) => set(i, 'a', e.target.value)}
            />
          </div>
        ))}
        <TextAreaField
          label={t('improvement.initiatives.recommendations')}
          optional
          value={recommendations}
          onChange={(e) => setRecommendations(e.target.value)}
        />
        <button type="submit" className="btn btn-secondary">
          {t('improvement.initiatives.saveResults')}
        </button>
      </form>
    </details>
  );
}
