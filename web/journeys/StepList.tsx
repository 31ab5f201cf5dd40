import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { actorLabel, analyseContacts, type Journey } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { deleteStep, moveStep } from './edit.ts';

const PAGE = 100;
const pageOf = (index: number) => Math.floor(Math.max(index, 0) / PAGE);

interface Props {
  journey: Journey;
  selected: number;
  readOnly: boolean;
  onSelect: (index: number) => void;
  onChange: (update: (j: Journey) => Journey) => void;
}

/**
 * The steps in order. Mouse: select, move up/down, delete buttons. Keyboard: the same buttons, plus on
 * a selected step Alt+Up/Down moves it, Up/Down selects the neighbour and Delete removes it. Long
 * journeys are shown a hundred steps at a time so a 1,000-step journey stays responsive.
 */
export function StepList({ journey, selected, readOnly, onSelect, onChange }: Props) {
  const { t } = useI18n();
  const contacts = useMemo(() => analyseContacts(journey), [journey]);
  const labels = useMemo(
    () => new Map(journey.actors.map((a) => [a.id, actorLabel(a).label])),
    [journey.actors],
  );
  const [page, setPage] = useState(0);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const total = journey.steps.length;

  // Follow the selection to its page when it changes (from the drawing, undo, a new step), not on paging.
  useEffect(() => {
    if (selected >= 0) setPage(pageOf(selected));
  }, [selected]);
  useEffect(() => {
    if (focusIndex === null) return;
    buttons.current.get(focusIndex)?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  const move = (index: number, delta: number) => {
    const target = Math.max(0, Math.min(total - 1, index + delta));
    onChange((j) => moveStep(j, index, delta));
    onSelect(target);
    setFocusIndex(target);
  };
  const remove = (index: number) => {
    onChange((j) => deleteStep(j, index));
    const next = Math.min(index, total - 2);
    onSelect(next);
    if (next >= 0) setFocusIndex(next);
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown') && !readOnly) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? -1 : 1);
    } else if (!event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const next = Math.max(0, Math.min(total - 1, index + (event.key === 'ArrowUp' ? -1 : 1)));
      onSelect(next);
      setFocusIndex(next);
    } else if (event.key === 'Delete' && !readOnly) {
      event.preventDefault();
      remove(index);
    }
  };

  if (total === 0) return <p className="muted">{t('journeys.step.none')}</p>;
  const from = page * PAGE;
  const to = Math.min(total, from + PAGE);
  return (
    <div className="journey-steps">
      <p className="field-hint">{t('journeys.step.keyboardHint')}</p>
      <ol
        className="journey-step-list"
        start={from + 1}
        aria-label={t('journeys.step.list')}
        data-testid="journey-step-list"
      >
        {journey.steps.slice(from, to).map((step, offset) => {
          const index = from + offset;
          const contact = contacts[index];
          const n = index + 1;
          return (
            <li key={step.id} className={index === selected ? 'is-selected' : undefined}>
              <button
                type="button"
                className="journey-step-select"
                aria-current={index === selected ? 'step' : undefined}
                ref={(el) => {
                  if (el) buttons.current.set(index, el);
                  else buttons.current.delete(index);
                }}
                onClick={() => onSelect(index)}
                onKeyDown={(e) => onKeyDown(e, index)}
              >
                <span className="journey-step-title">
                  {t('journeys.step.label', { n, actor: labels.get(step.actorId) ?? step.actorId })}
                </span>
                <span className="journey-step-desc">{step.description}</span>
                {contact?.isHandover && (
                  <span className="badge badge-info">{t('journeys.step.handoverBadge')}</span>
                )}
                {(contact?.crossesDepartment || contact?.crossesOrganisation) && (
                  <span className="badge badge-warn">{t('journeys.step.crossesBadge')}</span>
                )}
              </button>
              {!readOnly && (
                <span className="row-actions">
                  <button
                    type="button"
                    className="btn btn-small btn-secondary"
                    aria-label={t('journeys.step.moveUp', { n })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-secondary"
                    aria-label={t('journeys.step.moveDown', { n })}
                    disabled={index === total - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-danger-outline"
                    aria-label={t('journeys.step.delete', { n })}
                    onClick={() => remove(index)}
                  >
                    ✕
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {total > PAGE && (
        <nav className="journey-step-pager" aria-label={t('journeys.step.list')}>
          <button
            type="button"
            className="btn btn-small btn-secondary"
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
          >
            {t('journeys.step.previousPage')}
          </button>
          <span>{t('journeys.step.page', { from: from + 1, to, total })}</span>
          <button
            type="button"
            className="btn btn-small btn-secondary"
            disabled={to >= total}
            onClick={() => setPage(page + 1)}
          >
            {t('journeys.step.nextPage')}
          </button>
        </nav>
      )}
    </div>
  );
}
