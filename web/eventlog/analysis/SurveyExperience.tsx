import { useCallback, useState } from 'react';
import { dashboardApi } from '../../dashboard/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { EmptyState, ErrorMessage, Loading } from '../../ui/Status.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { translateLoose } from '../ImportErrorText.tsx';

/**
 * The survey indicators of a unit the analyst picks (the dashboard's overview, with its
 * small-group suppression), shown beside the handover figures. Empty state when no survey
 * answers exist for the unit in the dashboard's default period.
 */
export function SurveyExperience() {
  const { t, format } = useI18n();
  const [unitId, setUnitId] = useState('');
  const options = useAsync(useCallback((signal: AbortSignal) => dashboardApi.options({ signal }), []));
  const overview = useAsync(
    useCallback(
      (signal: AbortSignal) =>
        unitId ? dashboardApi.overview({ unitId }, { signal }) : Promise.resolve(null),
      [unitId],
    ),
  );
  const shown = overview.data?.indicators.filter((i) => i.figure.status === 'shown') ?? [];
  return (
    <div>
      <div className="field">
        <label className="field-label" htmlFor="eventlog-survey-unit">
          {t('eventlog.experience.unit')}
        </label>
        <select
          id="eventlog-survey-unit"
          className="input"
          value={unitId}
          onChange={(e) => setUnitId(e.target.value)}
        >
          <option value="">{t('eventlog.experience.chooseUnit')}</option>
          {(options.data?.units ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      {overview.loading && unitId && <Loading />}
      {overview.error ? <ErrorMessage error={overview.error} /> : null}
      {(!unitId || (overview.data && shown.length === 0)) && (
        <EmptyState>{t('eventlog.experience.empty')}</EmptyState>
      )}
      {overview.data && shown.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>
              {t('eventlog.experience.surveyCaption', {
                from: format.date(overview.data.scope.from),
                to: format.date(overview.data.scope.to),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('eventlog.experience.indicator')}</th>
                <th scope="col" className="num">
                  {t('eventlog.experience.answers')}
                </th>
                <th scope="col" className="num">
                  {t('eventlog.experience.mean')}
                </th>
                <th scope="col" className="num">
                  {t('eventlog.experience.positive')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <tr key={i.itemId}>
                  <td>{translateLoose(t, `dashboard.item.${i.itemId}`, {}, i.itemId)}</td>
                  <td className="num">{i.figure.n === null ? '–' : format.number(i.figure.n)}</td>
                  <td className="num">{i.figure.mean === null ? '–' : format.fixed(i.figure.mean, 2)}</td>
                  <td className="num">
                    {i.figure.positiveShare === null ? '–' : format.percent(i.figure.positiveShare)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
