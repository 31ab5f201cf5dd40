import { memo } from 'react';
import type { Journey } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { addStage, removeStage } from './edit.ts';

/** Named phases steps can belong to; drive the stage bands and the crowded-stage hotspot. */
export const StagesEditor = memo(function StagesEditor({
  journey,
  readOnly,
  onChange,
}: {
  journey: Journey;
  readOnly: boolean;
  onChange: (update: (j: Journey) => Journey, key?: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="journey-stages">
      <ol className="journey-stage-list">
        {journey.stages.map((stage, index) => (
          <li key={stage.id}>
            <label className="visually-hidden" htmlFor={`stage-${stage.id}`}>
              {t('journeys.stage.newLabel', { n: index + 1 })}
            </label>
            <input
              id={`stage-${stage.id}`}
              className="input input-compact"
              value={stage.name}
              readOnly={readOnly}
              onChange={(e) =>
                onChange(
                  (j) => ({
                    ...j,
                    stages: j.stages.map((s) => (s.id === stage.id ? { ...s, name: e.target.value } : s)),
                  }),
                  `stage:${stage.id}`,
                )
              }
            />
            {!readOnly && (
              <button
                type="button"
                className="btn btn-small btn-link"
                onClick={() => onChange((j) => removeStage(j, stage.id))}
              >
                {t('journeys.stage.remove', { stage: stage.name })}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() =>
            onChange((j) => addStage(j, t('journeys.stage.newLabel', { n: j.stages.length + 1 })))
          }
        >
          {t('journeys.stage.add')}
        </button>
      )}
    </div>
  );
});
