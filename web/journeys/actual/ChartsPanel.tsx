import { useEffect, useRef } from 'react';
import type { ChartsResponse } from '../../../shared/api/conformance.ts';
import type { ConformanceReport } from '../../../shared/eventlog/conformance/index.ts';
import type { Journey } from '../../../shared/journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { drawInChunks, QUARTILE_COLOURS, STEP_COLOURS } from './canvasDraw.ts';
import { stepLabel, waitText } from './format.ts';

const WIDTH = 960;
const BAND = 56;
const ROW_MAX = 600;

/** Marks a canvas as fully drawn (`data-drawn`), for tests and for tools that wait for the chart. */
const markDrawn = (canvas: HTMLCanvasElement | null) => () => {
  if (canvas) canvas.dataset.drawn = 'true';
};

/**
 * Performance spectrum and dotted chart on canvas, drawn in chunks per animation frame (no long task
 * for 13,000 cases), each with its sampling rule and a table alternative.
 */
export function ChartsPanel({
  charts,
  report,
  journey,
}: {
  charts: ChartsResponse;
  report: ConformanceReport;
  journey: Journey;
}) {
  const { t, format } = useI18n();
  const { spectrum, dotted } = charts;
  const spectrumRef = useRef<HTMLCanvasElement>(null);
  const dottedRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const ctx = spectrumRef.current?.getContext('2d');
    if (!ctx || spectrum.minTime === null || spectrum.maxTime === null || !spectrum.quartiles) return;
    const min = spectrum.minTime;
    const span = Math.max(1, spectrum.maxTime - min);
    const x = (time: number) => ((time - min) / span) * (WIDTH - 20) + 10;
    const [q1, q2, q3] = spectrum.quartiles;
    ctx.clearRect(0, 0, WIDTH, spectrum.segments.length * BAND);
    ctx.lineWidth = 0.6;
    ctx.globalAlpha = 0.35;
    const flat: Array<[number, number, number]> = [];
    spectrum.segments.forEach((seg, k) => {
      for (let i = 0; i < seg.lines.length; i += 2) flat.push([k, seg.lines[i] ?? 0, seg.lines[i + 1] ?? 0]);
    });
    return drawInChunks(
      flat.length,
      (i) => {
        const [k, a, b] = flat[i] ?? [0, 0, 0];
        const wait = b - a;
        ctx.strokeStyle = QUARTILE_COLOURS[wait <= q1 ? 0 : wait <= q2 ? 1 : wait <= q3 ? 2 : 3];
        ctx.beginPath();
        ctx.moveTo(x(a), k * BAND + 6);
        ctx.lineTo(x(b), k * BAND + BAND - 6);
        ctx.stroke();
      },
      markDrawn(spectrumRef.current),
    );
  }, [spectrum]);

  const rows = Math.min(ROW_MAX, dotted.offsets.length - 1);
  useEffect(() => {
    const ctx = dottedRef.current?.getContext('2d');
    if (!ctx || dotted.times.length === 0) return;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const time of dotted.times) {
      if (time < min) min = time;
      if (time > max) max = time;
    }
    const span = Math.max(1, max - min);
    const all = dotted.offsets.length - 1;
    const height = rows * 2 + 10;
    ctx.clearRect(0, 0, WIDTH, height);
    let row = 0;
    return drawInChunks(
      dotted.times.length,
      (i) => {
        while ((dotted.offsets[row + 1] ?? 0) <= i) row++;
        ctx.fillStyle = STEP_COLOURS[(dotted.steps[i] ?? 0) % STEP_COLOURS.length] ?? '#000';
        const y = 5 + (row / Math.max(1, all)) * (height - 10);
        ctx.fillRect((((dotted.times[i] ?? 0) - min) / span) * (WIDTH - 20) + 10, y, 2, 2);
      },
      markDrawn(dottedRef.current),
    );
  }, [dotted, rows]);

  const sampling = (stride: number, total: number) =>
    stride > 1
      ? t('actual.charts.sampled', { stride, total: format.number(total) })
      : t('actual.charts.all', { count: total });
  return (
    <section className="section" aria-labelledby="actual-charts-title">
      <h2 id="actual-charts-title">{t('actual.charts.title')}</h2>
      <h3>{t('actual.charts.spectrum')}</h3>
      <p className="muted">
        {t('actual.charts.spectrumHint')} {sampling(spectrum.stride, spectrum.totalCases)}
      </p>
      <ul className="actual-legend">
        {QUARTILE_COLOURS.map((c, i) => (
          <li key={c}>
            <span className="swatch" style={{ borderColor: c }} />
            {i === 0 ? t('actual.charts.q1') : i === 3 ? t('actual.charts.q4') : `Q${i + 1}`}
          </li>
        ))}
      </ul>
      <div className="actual-spectrum">
        <ol className="actual-spectrum-labels" aria-hidden="true">
          {spectrum.segments.map((s) => (
            <li key={s.fromStepId} style={{ height: BAND }}>
              {stepLabel(journey, s.fromStepId)} → {stepLabel(journey, s.toStepId)}
            </li>
          ))}
        </ol>
        <canvas
          ref={spectrumRef}
          width={WIDTH}
          height={spectrum.segments.length * BAND}
          data-testid="performance-spectrum"
          role="img"
          aria-label={t('actual.charts.spectrum')}
        />
      </div>
      <details>
        <summary>{t('actual.charts.table')}</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('actual.conf.colHandover')}</th>
              <th scope="col">{t('actual.charts.colMonth')}</th>
              <th scope="col" className="num">
                {t('actual.charts.colCount')}
              </th>
              <th scope="col" className="num">
                {t('actual.charts.colMedian')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.handovers.flatMap((h) =>
              h.wait.trend.map((m) => (
                <tr key={`${h.fromStepId}-${m.month}`}>
                  <th scope="row">{`${stepLabel(journey, h.fromStepId)} → ${stepLabel(journey, h.toStepId)}`}</th>
                  <td>{m.month}</td>
                  <td className="num">{format.number(m.count)}</td>
                  <td className="num">{waitText(t, format, m.medianMs)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
      <h3>{t('actual.charts.dotted')}</h3>
      <p className="muted">
        {t('actual.charts.dottedHint')} {sampling(dotted.stride, dotted.totalCases)}
      </p>
      <ul className="actual-legend">
        {journey.steps.map((s, i) => (
          <li key={s.id}>
            <span className="swatch" style={{ borderColor: STEP_COLOURS[i % STEP_COLOURS.length] }} />
            {stepLabel(journey, s.id)}
          </li>
        ))}
      </ul>
      <canvas
        ref={dottedRef}
        width={WIDTH}
        height={rows * 2 + 10}
        data-testid="dotted-chart"
        role="img"
        aria-label={t('actual.charts.dotted')}
      />
      <details>
        <summary>{t('actual.charts.table')}</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('actual.conf.colStep')}</th>
              <th scope="col">{t('actual.charts.colMonth')}</th>
              <th scope="col" className="num">
                {t('actual.charts.colCount')}
              </th>
              <th scope="col" className="num">
                {t('actual.charts.colMedian')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.steps.flatMap((s) =>
              s.waitBefore.trend.map((m) => (
                <tr key={`${s.stepId}-${m.month}`}>
                  <th scope="row">{stepLabel(journey, s.stepId)}</th>
                  <td>{m.month}</td>
                  <td className="num">{format.number(m.count)}</td>
                  <td className="num">{waitText(t, format, m.medianMs)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </section>
  );
}
