import { type KeyboardEvent, memo } from 'react';
import type { Step } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Row callbacks; the list passes one stable object so unchanged rows skip re-rendering. */
export interface StepRowActions {
  select: (index: number) => void;
  move: (index: number, delta: number) => void;
  remove: (index: number) => void;
  keyDown: (event: KeyboardEvent, index: number) => void;
  register: (index: number, element: HTMLButtonElement | null) => void;
}

interface Props {
  step: Step;
  index: number;
  actorLabel: string;
  selected: boolean;
  isHandover: boolean;
  crosses: boolean;
  isLast: boolean;
  readOnly: boolean;
  actions: StepRowActions;
}

/** One step in the list: a select button with the step's summary and move/delete buttons. */
export const StepRow = memo(function StepRow(props: Props) {
  const { step, index, actorLabel, selected, isHandover, crosses, isLast, readOnly, actions } = props;
  const { t } = useI18n();
  const n = index + 1;
  return (
    <li className={selected ? 'is-selected' : undefined}>
      <button
        type="button"
        className="journey-step-select"
        aria-current={selected ? 'step' : undefined}
        ref={(el) => actions.register(index, el)}
        onClick={() => actions.select(index)}
        onKeyDown={(e) => actions.keyDown(e, index)}
      >
        <span className="journey-step-title">{t('journeys.step.label', { n, actor: actorLabel })}</span>
        <span className="journey-step-desc">{step.description}</span>
        {isHandover && <span className="badge badge-info">{t('journeys.step.handoverBadge')}</span>}
        {crosses && <span className="badge badge-warn">{t('journeys.step.crossesBadge')}</span>}
      </button>
      {!readOnly && (
        <span className="row-actions">
          <button
            type="button"
            className="btn btn-small btn-secondary"
            aria-label={t('journeys.step.moveUp', { n })}
            disabled={index === 0}
            onClick={() => actions.move(index, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn btn-small btn-secondary"
            aria-label={t('journeys.step.moveDown', { n })}
            disabled={isLast}
            onClick={() => actions.move(index, 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="btn btn-small btn-danger-outline"
            aria-label={t('journeys.step.delete', { n })}
            onClick={() => actions.remove(index)}
          >
            ✕
          </button>
        </span>
      )}
    </li>
  );
});
