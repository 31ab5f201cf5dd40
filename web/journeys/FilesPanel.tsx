import type { RefObject } from 'react';
import { actorLabel, type Journey, journeyMetrics, journeyToJson } from '../../shared/journey/index.ts';
import { useAuth } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { downloadBlob, fileStem } from '../ui/download.ts';
import { useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { legendEntries } from './DrawingLegend.tsx';
import { svgTextToPng } from './exportImage.ts';
import { composeSheet, type Sheet } from './exportSheet.ts';

interface Props {
  journey: Journey;
  /** The saved version shown (0 for an unsaved new journey). */
  version: number;
  drawingRef: RefObject<SVGSVGElement | null>;
  lanesRef: RefObject<SVGSVGElement | null>;
  timelineRef: RefObject<SVGSVGElement | null>;
}

/**
 * Downloads that stand alone: the drawing and the swimlanes as SVG and PNG sheets with title,
 * municipality, version, date, legend and the numbered step list; the line view as SVG; the journey
 * as JSON (export format).
 */
export function FilesPanel({ journey, version, drawingRef, lanesRef, timelineRef }: Props) {
  const { t, format } = useI18n();
  const { state } = useAuth();
  const toast = useToast();
  const errorText = useErrorText();
  const stem = fileStem(journey.title, 'borgerrejse');
  const municipality = state.status === 'authenticated' ? state.me.municipality.name : '';
  const sheet = (picture: SVGSVGElement, what: string): Sheet => {
    const labels = new Map(journey.actors.map((a) => [a.id, actorLabel(a).label]));
    const steps = journey.steps.map((step) =>
      t('journeys.drawing.stepText', {
        actor: labels.get(step.actorId) ?? step.actorId,
        channel: t(`journeys.channel.${step.channel}`),
        description: step.description || '–',
      }),
    );
    // The same counts as the metrics tab (one definition of a handover and of crossing a boundary).
    const { handovers, boundaryHandovers: boundary } = journeyMetrics(journey);
    const date = format.date(new Date().toISOString());
    return composeSheet(picture, {
      title: `${journey.title} – ${what}`,
      subtitle: [
        municipality,
        version > 0 ? t('journeys.editor.version', { version }) : t('journeys.export.unsaved'),
        date,
        t(`journeys.status.${journey.status}`),
      ]
        .filter(Boolean)
        .join(' · '),
      desc: [
        t('journeys.export.desc', { municipality, date }),
        t('journeys.drawing.descActors', { count: journey.actors.length }),
        t('journeys.drawing.descSteps', { count: journey.steps.length }),
        t('journeys.drawing.descHandovers', { count: handovers, boundary }),
      ].join(' '),
      legend: legendEntries(t),
      legendTitle: t('journeys.export.legend'),
      stepsTitle: t('journeys.drawing.textAlternative'),
      steps,
    });
  };
  const svgFile = (ref: RefObject<SVGSVGElement | null>, what: string, suffix: string) => {
    if (!ref.current) return;
    const { svg } = sheet(ref.current, what);
    downloadBlob(svg, `${stem}${suffix}.svg`, 'image/svg+xml;charset=utf-8');
  };
  const pngFile = async (ref: RefObject<SVGSVGElement | null>, what: string, suffix: string) => {
    if (!ref.current) return;
    try {
      const { svg, width, height } = sheet(ref.current, what);
      downloadBlob(await svgTextToPng(svg, width, height), `${stem}${suffix}.png`);
    } catch (error) {
      toast({ message: errorText(error), tone: 'error' });
    }
  };
  const drawing = t('journeys.section.drawing');
  const lanes = t('journeys.lanes.title');
  return (
    <div className="panel-actions journey-files">
      <button type="button" className="btn btn-secondary" onClick={() => svgFile(drawingRef, drawing, '')}>
        {t('journeys.files.svg')}
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => void pngFile(drawingRef, drawing, '')}
      >
        {t('journeys.files.png')}
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => svgFile(lanesRef, lanes, '-svoemmebaner')}
      >
        {t('journeys.files.lanesSvg')}
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => void pngFile(lanesRef, lanes, '-svoemmebaner')}
      >
        {t('journeys.files.lanesPng')}
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => timelineRef.current && svgFile(timelineRef, t('journeys.section.timeline'), '-linje')}
      >
        {t('journeys.files.timelineSvg')}
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => downloadBlob(journeyToJson(journey), `${stem}.journey.json`, 'application/json')}
      >
        {t('journeys.files.json')}
      </button>
    </div>
  );
}
