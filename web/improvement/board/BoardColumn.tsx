import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Evidence } from '../types.ts';
import { EvidenceCard, type Target } from './EvidenceCard.tsx';

/** A column of the affinity board (a problem, or the pool of ungrouped evidence) that accepts drops. */
export function BoardColumn({
  target,
  evidence,
  targets,
  onMove,
  header,
  sourceOf,
}: {
  target: Target;
  evidence: Evidence[];
  targets: Target[];
  onMove: (evidence: Evidence, target: Target) => void;
  header?: ReactNode;
  /** Names the source of a card (a journey pain point's journey and step), if known. */
  sourceOf?: (evidence: Evidence) => string | undefined;
}) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const headingId = `column-${target.id ?? 'pool'}`;
  return (
    <section
      className={`improvement-column${over ? ' is-over' : ''}`}
      aria-labelledby={headingId}
      data-testid={`column-${target.title}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        try {
          onMove(JSON.parse(e.dataTransfer.getData('application/json')) as Evidence, target);
        } catch {
          // Something that is not one of our cards was dropped here.
        }
      }}
    >
      <h2 id={headingId}>{target.title}</h2>
      {header}
      {evidence.length === 0 ? (
        <p className="muted">{t('improvement.board.empty')}</p>
      ) : (
        <ul className="plain-list" style={{ listStyle: 'none', padding: 0 }}>
          {evidence.map((e) => (
            <EvidenceCard
              key={`${e.kind}:${e.ref}`}
              evidence={e}
              current={target.id}
              targets={targets}
              onMove={onMove}
              source={sourceOf?.(e)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
