import { barGeometry, chartLabelLines, valueX } from '../../../shared/evaluation/chart.ts';
import type { Group, ReportItem } from '../../../shared/evaluation/report.ts';
import { formatNumber } from '../../../shared/evaluation/report-text.ts';
import type { Locale } from '../../../shared/indicators/types.ts';
import { escapeHtml } from './escape.ts';

const COLORS: Record<Group, string> = { before: '#8a9099', after: '#1f5fa8' };

/**
 * The before/after means as an inline SVG with 95 % interval whiskers; the same numbers stand in the
 * table beside it, so the chart is decoration for sighted readers and hidden from screen readers.
 */
export function meanChartSvg(items: ReportItem[], locale: Locale, labels: Record<Group, string>): string {
  const shown = items.filter((i) => i.before?.mean != null || i.after?.mean != null);
  if (shown.length === 0) return '';
  const min = Math.min(...shown.map((i) => i.min));
  const max = Math.max(...shown.map((i) => i.max));
  const lines = shown.map((i) => chartLabelLines(i.label, barGeometry(1, { min, max }).labelWidth));
  const g = barGeometry(shown.length, { min, max }, 640, Math.max(2, ...lines.map((l) => l.length)));
  const parts: string[] = [];
  shown.forEach((item, row) => {
    parts.push(
      `<text x="0" y="${g.rowY(row, 0) + 12}" font-size="12">${(lines[row] ?? []).map((l, k) => `<tspan x="0" dy="${k === 0 ? 0 : g.lineHeight}">${escapeHtml(l)}</tspan>`).join('')}</text>`,
    );
    (['before', 'after'] as const).forEach((group, k) => {
      const s = item[group];
      if (!s || s.mean === null) return;
      const y = g.rowY(row, k === 0 ? 0 : 1);
      const x0 = g.x(min);
      parts.push(
        `<rect x="${x0}" y="${y}" width="${Math.max(1, g.x(s.mean) - x0)}" height="${g.barHeight}" fill="${COLORS[group]}"/>`,
      );
      if (s.ci) {
        const cy = y + g.barHeight / 2;
        parts.push(
          `<line x1="${g.x(s.ci.lower)}" x2="${g.x(s.ci.upper)}" y1="${cy}" y2="${cy}" stroke="#111" stroke-width="2"/>`,
        );
      }
      parts.push(
        `<text x="${valueX(g, s.mean, s.ci?.upper)}" y="${y + g.barHeight - 3}" font-size="11">${escapeHtml(formatNumber(locale, s.mean))}</text>`,
      );
    });
  });
  const legend = (['before', 'after'] as const)
    .map(
      (group, k) =>
        `<rect x="${g.labelWidth + k * 120}" y="${g.height - 16}" width="12" height="12" fill="${COLORS[group]}"/><text x="${g.labelWidth + k * 120 + 16}" y="${g.height - 6}" font-size="12">${escapeHtml(labels[group])}</text>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${g.width} ${g.height}" width="100%" aria-hidden="true" focusable="false" font-family="system-ui, sans-serif">${parts.join('')}${legend}</svg>`;
}
