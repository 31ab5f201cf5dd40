import { createElement } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Translate } from '../i18n/translate.ts';
import { INK } from './DrawingShapes.tsx';
import { type LegendEntry, legendShape } from './legendShape.ts';

/** The legend entries, shared by the page and the exported sheet (see `exportSheet.ts`). */
export function legendEntries(t: Translate): readonly LegendEntry[] {
  return [
    { kind: 'line', stroke: INK.line, dash: '2 4', text: t('journeys.drawing.legend.first') },
    { kind: 'line', stroke: INK.handover, dash: undefined, text: t('journeys.drawing.legend.handover') },
    { kind: 'line', stroke: INK.boundary, dash: '8 4', text: t('journeys.drawing.legend.boundary') },
    { kind: 'line', stroke: INK.hotspot, dash: '10 6', text: t('journeys.drawing.legend.hotspot') },
    { kind: 'own', stroke: INK.text, dash: undefined, text: t('journeys.drawing.legend.own') },
    { kind: 'others', stroke: INK.text, dash: '4 2', text: t('journeys.drawing.legend.others') },
    { kind: 'house', stroke: INK.muted, dash: undefined, text: t('journeys.drawing.legend.house') },
  ];
}

/** One legend symbol in a 36 × 16 box (the geometry is `legendShape`'s, shared with the exported sheet). */
export function LegendSymbol({ entry }: { entry: LegendEntry }) {
  const { tag, attrs } = legendShape(entry, 2, 8);
  return createElement(tag, attrs);
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
