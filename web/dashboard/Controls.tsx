import { useI18n } from '../i18n/I18nProvider.tsx';
import { itemLabel } from './describe.ts';
import type { DashboardParams } from './useDashboardParams.ts';

/** Items that can be followed over time and compared: the index first, then every built-in item. */
export const CHART_ITEMS = [
  'index.coherence',
  'coherence.solutions',
  'coherence.involvement',
  'coherence.information',
  'coherence.language',
  'coherence.cooperation',
  'coherence.respect',
  'psychcost.stress',
  'psychcost.frustration',
  'psychcost.powerlessness',
  'satisfaction.overall',
] as const;

/** The indicator picker plus the trend's interval or the comparison's level. */
export function Controls({
  params,
  onChange,
  show,
}: {
  params: DashboardParams;
  onChange: (patch: Record<string, string | undefined>) => void;
  show: 'trend' | 'comparison';
}) {
  const { t } = useI18n();
  const id = `dash-${show}`;
  return (
    <div className="dash-controls no-print">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-item`}>
          {t('dashboard.trend.item')}
        </label>
        <select
          id={`${id}-item`}
          className="input"
          value={params.item}
          onChange={(e) => onChange({ item: e.target.value })}
        >
          {CHART_ITEMS.map((item) => (
            <option key={item} value={item}>
              {itemLabel(t, item)}
            </option>
          ))}
        </select>
      </div>
      {show === 'trend' ? (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-interval`}>
            {t('dashboard.trend.interval')}
          </label>
          <select
            id={`${id}-interval`}
            className="input"
            value={params.interval}
            onChange={(e) => onChange({ interval: e.target.value })}
          >
            {(['week', 'month', 'quarter'] as const).map((i) => (
              <option key={i} value={i}>
                {t(`dashboard.interval.${i}`)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-level`}>
            {t('dashboard.comparison.level')}
          </label>
          <select
            id={`${id}-level`}
            className="input"
            value={params.level}
            onChange={(e) => onChange({ level: e.target.value })}
          >
            {(['children', 'units'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`dashboard.level.${l}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
