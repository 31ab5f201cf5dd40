import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Evidence } from '../types.ts';

export interface Target {
  id: string | null;
  title: string;
}

/**
 * One piece of evidence. Drag it with a mouse or finger, or — the keyboard and screen-reader way —
 * choose a problem under "Move to" and press "Move".
 */
export function EvidenceCard({
  evidence,
  current,
  targets,
  onMove,
  source,
}: {
  evidence: Evidence;
  current: string | null;
  targets: Target[];
  onMove: (evidence: Evidence, target: Target) => void;
  /** Where the evidence comes from, by name (a journey pain point's journey and step). */
  source?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const others = targets.filter((x) => x.id !== current);
  const [choice, setChoice] = useState(others[0]?.id ?? '');
  const chosen = others.find((x) => (x.id ?? '') === choice) ?? others[0];
  return (
    <li
      className="improvement-card"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('application/json', JSON.stringify(evidence));
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <p>
        <span className="badge badge-neutral">{t(`improvement.board.kind.${evidence.kind}`)}</span>{' '}
        {evidence.label}
      </p>
      {source && <p className="muted improvement-source">{source}</p>}
      {others.length > 0 && (
        <div className="improvement-move">
          <label htmlFor={id} className="visually-hidden">
            {t('improvement.board.moveTo')}
          </label>
          <select
            id={id}
            className="input input-compact"
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
          >
            {others.map((x) => (
              <option key={x.id ?? 'pool'} value={x.id ?? ''}>
                {t('improvement.board.moveTo')}: {x.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => chosen && onMove(evidence, chosen)}
          >
            {t('improvement.board.move')}
          </button>
        </div>
      )}
    </li>
  );
}
