import { useCallback } from 'react';
import { unitsApi } from '../api/endpoints.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CopyButton } from '../ui/CopyButton.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { surveyFiles } from './api.ts';

interface Props {
  surveyId: string;
  publicPath: string;
  unitIds: string[];
}

/** One QR code shown on the page (SVG), with its downloads (PNG, SVG, printable sheet). */
function QrLinks({ surveyId, unitId, unitName }: { surveyId: string; unitId?: string; unitName?: string }) {
  const { t } = useI18n();
  const files = surveyFiles(surveyId, unitId);
  return (
    <div className="qr-block">
      <img
        className="qr-image"
        src={files.svg}
        alt={unitName ? t('surveys.qrImageUnit', { unit: unitName }) : t('surveys.qrImage')}
        width={160}
        height={160}
      />
      <QrDownloads files={files} />
    </div>
  );
}

function QrDownloads({ files }: { files: ReturnType<typeof surveyFiles> }) {
  const { t } = useI18n();
  return (
    <ul>
      <li>
        <a href={files.png} download>
          {t('surveys.qrPng')}
        </a>
      </li>
      <li>
        <a href={files.svg} download>
          {t('surveys.qrSvg')}
        </a>
      </li>
      <li>
        <a href={files.sheet} target="_blank" rel="noreferrer">
          {t('surveys.qrSheet')}
        </a>
      </li>
    </ul>
  );
}

/**
 * The public link and its QR codes. A survey aimed at several units also gets one link and QR code per
 * unit: a response through a unit's code counts for that unit (the common link counts for the survey).
 */
export function LinksPanel({ surveyId, publicPath, unitIds }: Props) {
  const { t } = useI18n();
  const loadUnits = useCallback(
    (signal: AbortSignal) => (unitIds.length > 1 ? unitsApi.list(true, { signal }) : Promise.resolve([])),
    [unitIds.length],
  );
  const units = useAsync(loadUnits);
  const names = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const origin = window.location.origin;
  const paged = usePaged(unitIds);
  return (
    <section aria-labelledby="links">
      <h2 id="links">{t('surveys.publicLink')}</h2>
      <p className="break link-line">
        <a href={publicPath}>{`${origin}${publicPath}`}</a>
        <CopyButton text={`${origin}${publicPath}`} label={t('surveys.copyLink')} />
      </p>
      <QrLinks surveyId={surveyId} />
      {unitIds.length > 1 && (
        <>
          <h3>{t('surveys.unitLinks')}</h3>
          <p className="muted">{t('surveys.unitLinksNote')}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('surveys.unitLinksUnit')}</th>
                <th scope="col">{t('surveys.publicLink')}</th>
                <th scope="col">{t('surveys.unitLinksQr')}</th>
              </tr>
            </thead>
            <tbody>
              {paged.rows.map((id) => {
                const path = `${publicPath}?u=${encodeURIComponent(id)}`;
                return (
                  <tr key={id}>
                    <th scope="row">{names.get(id) ?? '…'}</th>
                    <td className="break">
                      <span className="link-line">
                        <a href={path}>{`${origin}${path}`}</a>
                        <CopyButton
                          text={`${origin}${path}`}
                          label={t('surveys.copyUnitLink', { unit: names.get(id) ?? '…' })}
                        />
                      </span>
                    </td>
                    <td>
                      <QrLinks surveyId={surveyId} unitId={id} unitName={names.get(id)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <PagedControls paged={paged} label={t('surveys.unitLinks')} />
        </>
      )}
    </section>
  );
}
