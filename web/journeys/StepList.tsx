import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { actorLabel, analyseContacts, type Journey } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { deleteStep, moveStep } from './edit.ts';
import { StepRow, type StepRowActions } from './StepRow.tsx';

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

  // The latest closures, reached through one stable object so memoised rows need not re-render.
  const latest = useRef({ move, remove, onKeyDown, onSelect });
  latest.current = { move, remove, onKeyDown, onSelect };
  const actions = useMemo<StepRowActions>(
    () => ({
      select: (index) => latest.current.onSelect(index),
      move: (index, delta) => latest.current.move(index, delta),
      remove: (index) => latest.current.remove(index),
      keyDown: (event, index) => latest.current.onKeyDown(event, index),
      register: (index, element) => {
        if (element) buttons.current.set(index, element);
        else buttons.current.delete(index);
      },
    }),
    [],
  );

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
          return (
            <StepRow
              key={step.id}
              step={step}
              index={index}
              actorLabel={labels.get(step.actorId) ?? step.actorId}
              selected={index === selected}
              isHandover={contact?.isHandover ?? false}
              crosses={Boolean(contact?.crossesDepartment || contact?.crossesOrganisation)}
              isLast={index === total - 1}
              readOnly={readOnly}
              actions={actions}
            />
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
