import type { RefObject } from 'react';
import { type Journey, journeyToJson } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { download, downloadSvg, fileStem, svgToPng } from './exportImage.ts';

interface Props {
  journey: Journey;
  drawingRef: RefObject<SVGSVGElement | null>;
  timelineRef: RefObject<SVGSVGElement | null>;
}

/** Downloads: the drawing as SVG and PNG, the line view as SVG, the journey as JSON (export format). */
export function FilesPanel({ journey, drawingRef, timelineRef }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const stem = fileStem(journey.title);
  const png = async () => {
    const svg = drawingRef.current;
    if (!svg) return;
    try {
      download(await svgToPng(svg), `${stem}.png`);
    } catch (error) {
      toast({ message: errorText(error), tone: 'error' });
    }
  };
  return (
    <div className="panel-actions journey-files">
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => drawingRef.current && downloadSvg(drawingRef.current, `${stem}.svg`)}
      >
        {t('journeys.files.svg')}
      </button>
      <button type="button" className="btn btn-secondary" onClick={png}>
        {t('journeys.files.png')}
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => timelineRef.current && downloadSvg(timelineRef.current, `${stem}-linje.svg`)}
      >
        {t('journeys.files.timelineSvg')}
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() =>
          download(new Blob([journeyToJson(journey)], { type: 'application/json' }), `${stem}.journey.json`)
        }
      >
        {t('journeys.files.json')}
      </button>
    </div>
  );
}
