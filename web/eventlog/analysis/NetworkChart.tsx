import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { downloadBlob, downloadHref } from '../../ui/download.ts';
import type { HandoverReport } from '../types.ts';
import { CHART_HEIGHT, graphOption, WAIT_COLOURS } from './graph-option.ts';

type EChartsModule = typeof import('./echarts.ts');

const WAIT_LABELS = [
  'eventlog.network.wait0',
  'eventlog.network.wait1',
  'eventlog.network.wait2',
  'eventlog.network.wait3',
  'eventlog.network.wait4',
] as const;

/**
 * The handover network (ECharts graph, loaded on demand) with a text description, a legend of
 * the wait colours and PNG/SVG downloads. The matrix below is its table alternative.
 */
export function NetworkChart({ report, fileName }: { report: HandoverReport; fileName: string }) {
  const { t, format } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const lib = useRef<EChartsModule | null>(null);
  const chart = useRef<ReturnType<EChartsModule['echarts']['init']> | null>(null);
  const [ready, setReady] = useState(false);
  const [maxEdges, setMaxEdges] = useState(60);
  const option = useMemo(() => graphOption(report, maxEdges, t('eventlog.noActor')), [report, maxEdges, t]);

  useEffect(() => {
    let disposed = false;
    void import('./echarts.ts').then((m) => {
      if (disposed || !box.current) return;
      lib.current = m;
      chart.current = m.echarts.init(box.current, null, { renderer: 'canvas' });
      setReady(true);
    });
    return () => {
      disposed = true;
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) chart.current?.setOption({ ...option, aria: { enabled: false } }, { notMerge: true });
  }, [ready, option]);

  const png = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (url) downloadHref(url, `${fileName}.png`);
  };
  const svg = () => {
    if (!lib.current) return;
    const text = lib.current.renderSvg(option, box.current?.clientWidth || 900, CHART_HEIGHT);
    downloadBlob(text, `${fileName}.svg`, 'image/svg+xml');
  };
  const top = report.handovers[0];
  const description = top
    ? t('eventlog.network.desc', {
        actors: format.number(report.summary.actors),
        shown: format.number(Math.min(maxEdges, report.handovers.length)),
        total: format.number(report.handovers.length),
        from: top.from || t('eventlog.noActor'),
        to: top.to || t('eventlog.noActor'),
        count: format.number(top.count),
      })
    : t('eventlog.network.none');

  return (
    <figure className="eventlog-figure" aria-labelledby="eventlog-network-title">
      <figcaption>
        <h3 id="eventlog-network-title">{t('eventlog.network.title')}</h3>
        <p id="eventlog-network-desc">{description}</p>
      </figcaption>
      <div className="eventlog-tools">
        <label htmlFor="eventlog-edges">{t('eventlog.network.edges')}</label>
        <select
          id="eventlog-edges"
          className="input"
          value={maxEdges}
          onChange={(e) => setMaxEdges(Number(e.target.value))}
        >
          {[20, 60, 150, 400].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-secondary" onClick={png}>
          {t('eventlog.export.png')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={svg}>
          {t('eventlog.export.svg')}
        </button>
      </div>
      <div
        ref={box}
        className="eventlog-network"
        style={{ height: CHART_HEIGHT }}
        role="img"
        aria-labelledby="eventlog-network-title"
        aria-describedby="eventlog-network-desc"
      />
      <ul className="eventlog-legend" aria-label={t('eventlog.network.legend')}>
        {WAIT_COLOURS.map((colour, i) => (
          <li key={colour}>
            <span className="eventlog-swatch" style={{ background: colour }} aria-hidden="true" />
            {t(WAIT_LABELS[i] ?? 'eventlog.network.wait4')}
          </li>
        ))}
      </ul>
    </figure>
  );
}
