import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { surveyFiles } from './api.ts';

const WIDTHS = { phone: 375, desktop: 1024 } as const;
type Device = keyof typeof WIDTHS;

/**
 * The citizen's page in a frame at phone or desktop width, in any status. It is the server's own
 * rendering of the citizen page; its form goes back to the preview address, so answers sent from it are
 * test answers that are never stored (see server/surveys/preview.ts).
 */
export function PreviewPanel({ surveyId, title }: { surveyId: string; title: string }) {
  const { t } = useI18n();
  const [device, setDevice] = useState<Device>('phone');
  const src = surveyFiles(surveyId).preview;
  return (
    <section aria-labelledby="preview" className="section">
      <h2 id="preview">{t('surveys.preview.title')}</h2>
      <p>{t('surveys.preview.intro')}</p>
      <div className="preview-bar">
        <fieldset className="row-actions preview-widths">
          <legend>{t('surveys.preview.width')}</legend>
          {(Object.keys(WIDTHS) as Device[]).map((d) => (
            <button
              key={d}
              type="button"
              className="btn btn-secondary btn-small"
              aria-pressed={device === d}
              onClick={() => setDevice(d)}
            >
              {t(`surveys.preview.${d}`)} ({WIDTHS[d]} px)
            </button>
          ))}
        </fieldset>
        <a href={src} target="_blank" rel="noreferrer">
          {t('surveys.preview.open')}
        </a>
      </div>
      <div className="preview-stage">
        <iframe
          className="preview-frame"
          src={src}
          title={t('surveys.preview.frame', { title, device: t(`surveys.preview.${device}`) })}
          style={{ width: `${WIDTHS[device]}px` }}
        />
      </div>
    </section>
  );
}
