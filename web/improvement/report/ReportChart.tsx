import { barGeometry, chartLabelLines, valueX } from '../../../shared/evaluation/chart.ts';
import type { Group, ReportItem } from '../../../shared/evaluation/report.ts';
import { formatNumber } from '../../../shared/evaluation/report-text.ts';
import type { Locale } from '../../../shared/indicators/types.ts';

const COLORS: Record<Group, string> = { before: '#6b717a', after: '#1f5fa8' };

/**
 * Means before and after with 95 % interval whiskers, drawn with the same geometry as the HTML report.
 * The table beside it carries the same numbers for screen readers, so the drawing is hidden from them.
 */
export function ReportChart({
  items,
  locale,
  labels,
}: {
  items: ReportItem[];
  locale: Locale;
  labels: Record<Group, string>;
}) {
  const shown = items.filter((i) => i.before?.mean != null || i.after?.mean != null);
  if (shown.length === 0) return null;
  const min = Math.min(...shown.map((i) => i.min));
  const max = Math.max(...shown.map((i) => i.max));
  const lines = shown.map((i) => chartLabelLines(i.label, barGeometry(1, { min, max }).labelWidth));
  const g = barGeometry(shown.length, { min, max }, 640, Math.max(2, ...lines.map((l) => l.length)));
  return (
    <svg viewBox={`0 0 ${g.width} ${g.height}`} width="100%" aria-hidden="true" focusable="false">
      {shown.map((item, row) => (
        <g key={item.itemId}>
          <text x={0} y={g.rowY(row, 0) + 12} fontSize={12}>
            {(lines[row] ?? []).map((line, k) => (
              <tspan key={line} x={0} dy={k === 0 ? 0 : g.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
          {(['before', 'after'] as const).map((group, k) => {
            const s = item[group];
            if (!s || s.mean === null) return null;
            const y = g.rowY(row, k === 0 ? 0 : 1);
            const x0 = g.x(min);
            return (
              <g key={group}>
                <rect
                  x={x0}
                  y={y}
                  width={Math.max(1, g.x(s.mean) - x0)}
                  height={g.barHeight}
                  fill={COLORS[group]}
                />
                {s.ci && (
                  <line
                    x1={g.x(s.ci.lower)}
                    x2={g.x(s.ci.upper)}
                    y1={y + g.barHeight / 2}
                    y2={y + g.barHeight / 2}
                    stroke="#111"
                    strokeWidth={2}
                  />
                )}
                <text x={valueX(g, s.mean, s.ci?.upper)} y={y + g.barHeight - 3} fontSize={11}>
                  {formatNumber(locale, s.mean)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
      {(['before', 'after'] as const).map((group, k) => (
        <g key={group}>
          <rect x={g.labelWidth + k * 120} y={g.height - 16} width={12} height={12} fill={COLORS[group]} />
          <text x={g.labelWidth + k * 120 + 16} y={g.height - 6} fontSize={12}>
            {labels[group]}
          </text>
        </g>
      ))}
    </svg>
  );
}
