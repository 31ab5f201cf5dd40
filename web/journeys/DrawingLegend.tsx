import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Translate } from '../i18n/translate.ts';
import { INK } from './DrawingShapes.tsx';

/** The legend entries, shared by the page and the exported sheet (see `exportSheet.ts`). */
export function legendEntries(t: Translate) {
  return [
    { kind: 'line', stroke: INK.line, dash: '2 4', text: t('journeys.drawing.legend.first') },
    { kind: 'line', stroke: INK.handover, dash: undefined, text: t('journeys.drawing.legend.handover') },
    { kind: 'line', stroke: INK.boundary, dash: '8 4', text: t('journeys.drawing.legend.boundary') },
    { kind: 'line', stroke: INK.hotspot, dash: '10 6', text: t('journeys.drawing.legend.hotspot') },
    { kind: 'own', stroke: INK.text, dash: undefined, text: t('journeys.drawing.legend.own') },
    { kind: 'others', stroke: INK.text, dash: '4 2', text: t('journeys.drawing.legend.others') },
    { kind: 'house', stroke: INK.muted, dash: undefined, text: t('journeys.drawing.legend.house') },
  ] as const;
}

/** One legend symbol: a line sample, a filled circle (own), a dashed square (others) or a house. */
export function LegendSymbol({ entry }: { entry: ReturnType<typeof legendEntries>[number] }) {
  if (entry.kind === 'line')
    return (
      <line x1="2" y1="8" x2="34" y2="8" stroke={entry.stroke} strokeWidth="3" strokeDasharray={entry.dash} />
    );
  if (entry.kind === 'own')
    return <circle cx="18" cy="8" r="7" fill={INK.own} stroke={entry.stroke} strokeWidth="2" />;
  if (entry.kind === 'others')
    return (
      <rect
        x="11"
        y="1"
        width="14"
        height="14"
        fill={INK.fill}
        stroke={entry.stroke}
        strokeWidth="2"
        strokeDasharray="4 2"
      />
    );
  return <path d="M8 8 L18 1 L28 8 V15 H8 Z" fill={INK.house} stroke={entry.stroke} strokeWidth="1.5" />;
}

/** The drawing's legend: line kinds, hotspots, own vs others' contacts, departments as houses. */
export function DrawingLegend() {
  const { t } = useI18n();
  return (
    <ul className="journey-legend">
      {legendEntries(t).map((entry) => (
        <li key={entry.text}>
          <svg width="36" height="16" aria-hidden="true">
            <LegendSymbol entry={entry} />
          </svg>
          {entry.text}
        </li>
      ))}
    </ul>
  );
}
