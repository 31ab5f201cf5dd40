import { type ReactNode, useId } from 'react';
import type { EChartsOption } from '../charts/echarts.ts';
import { useEChart } from '../charts/useEChart.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { downloadBlob, downloadHref } from '../ui/download.ts';

/**
 * One chart with everything that makes it usable without sight or a mouse: a caption, a text
 * description (also the accessible name of the drawing), a table alternative and PNG/SVG downloads.
 * ECharts is loaded on demand so the rest of the app does not pay for it.
 */
export function Chart({
  title,
  description,
  option,
  height,
  fileName,
  table,
  tableOpen = false,
}: {
  title: string;
  description: string;
  option: EChartsOption;
  height: number;
  fileName: string;
  table: ReactNode;
  /** The printable report shows tables open, since a closed <details> does not print. */
  tableOpen?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const { box, ready, chart, lib } = useEChart(option);

  const png = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (url) downloadHref(url, `${fileName}.png`);
  };
  const svg = () => {
    if (!lib.current || !box.current) return;
    const text = lib.current.renderSvg(option, box.current.clientWidth || 800, height);
    downloadBlob(text, `${fileName}.svg`, 'image/svg+xml');
  };

  return (
    <figure className="dash-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <span id={`${id}-title`} className="dash-chart-title">
          {title}
        </span>
        <span id={`${id}-desc`} className="dash-chart-desc">
          {description}
        </span>
      </figcaption>
      <div className="dash-chart-tools no-print">
        <button type="button" className="btn btn-secondary btn-small" onClick={png} disabled={!ready}>
          {t('dashboard.chart.png')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" onClick={svg} disabled={!ready}>
          {t('dashboard.chart.svg')}
        </button>
      </div>
      {/* Focusable, so a tall chart (200 units) can be scrolled with the keyboard. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1). */}
      <section className="dash-chart-scroll" tabIndex={0} aria-labelledby={`${id}-title`}>
        <div
          ref={box}
          className="dash-chart-canvas"
          style={{ height }}
          role="img"
          aria-labelledby={`${id}-desc`}
        />
      </section>
      {!ready && <p className="note">{t('dashboard.chart.loading')}</p>}
      <details className="dash-chart-table" open={tableOpen}>
        <summary>{t('dashboard.chart.table')}</summary>
        {table}
      </details>
    </figure>
  );
}
