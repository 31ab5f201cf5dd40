import { useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import type { DashboardOptions, Filters } from './api.ts';
import { LanguageFilter } from './LanguageFilter.tsx';

/** Units in tree order with their depth, for an indented native select. */
export function flattenUnits(
  units: DashboardOptions['units'],
): { id: string; name: string; depth: number; archived: boolean }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, DashboardOptions['units']>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: { id: string; name: string; depth: number; archived: boolean }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      out.push({ id: u.id, name: u.name, depth, archived: u.archived });
      visit(u.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/**
 * The scope: unit with sub-units, journey, touchpoint, channel, period (whole months), language and
 * translation status; applied at once.
 */
export function FilterBar({
  options,
  filters,
  onChange,
}: {
  options: DashboardOptions;
  filters: Filters;
  onChange: (patch: Record<string, string | undefined>) => void;
}) {
  const { t } = useI18n();
  const units = useMemo(() => flattenUnits(options.units), [options.units]);
  const journey = options.journeys.find((j) => j.id === filters.journeyId);
  const set = (key: string) => (e: { target: { value: string } }) =>
    onChange({ [key]: e.target.value || undefined });
  return (
    <fieldset className="dash-filters no-print">
      <legend>{t('dashboard.filters')}</legend>
      <SelectField
        id="dash-unit"
        label={t('dashboard.filter.unit')}
        value={filters.unitId ?? ''}
        onChange={set('unitId')}
      >
        <option value="">{t('dashboard.filter.allUnits')}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {'\u00a0\u00a0'.repeat(u.depth)}
            {u.archived ? t('dashboard.filter.archived', { name: u.name }) : u.name}
          </option>
        ))}
      </SelectField>
      {options.journeys.length > 0 && (
        <SelectField
          id="dash-journey"
          label={t('dashboard.filter.journey')}
          value={filters.journeyId ?? ''}
          onChange={(e) => onChange({ journeyId: e.target.value || undefined, touchpointId: undefined })}
        >
          <option value="">{t('dashboard.filter.allJourneys')}</option>
          {options.journeys.map((j) => (
            <option key={j.id} value={j.id}>
              {j.title}
            </option>
          ))}
        </SelectField>
      )}
      {journey && journey.touchpoints.length > 0 && (
        <SelectField
          id="dash-touchpoint"
          label={t('dashboard.filter.touchpoint')}
          value={filters.touchpointId ?? ''}
          onChange={set('touchpointId')}
        >
          <option value="">{t('dashboard.filter.allTouchpoints')}</option>
          {journey.touchpoints.map((tp) => (
            <option key={tp.id} value={tp.id}>
              {tp.step === null
                ? t('dashboard.filter.unknownStep', { id: tp.id })
                : t('dashboard.filter.step', { n: tp.step, text: tp.description || '–' })}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        id="dash-channel"
        label={t('dashboard.filter.channel')}
        value={filters.channel ?? ''}
        onChange={set('channel')}
      >
        <option value="">{t('dashboard.filter.allChannels')}</option>
        {options.channels.map((c) => (
          <option key={c} value={c}>
            {t(`dashboard.channel.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="dash-from"
        label={t('dashboard.filter.from')}
        type="month"
        required={false}
        value={(filters.from ?? options.defaultPeriod.from).slice(0, 7)}
        onChange={(e) => onChange({ from: e.target.value ? `${e.target.value}-01` : undefined })}
      />
      <TextField
        id="dash-to"
        label={t('dashboard.filter.to')}
        type="month"
        required={false}
        value={(filters.to ?? options.defaultPeriod.to).slice(0, 7)}
        onChange={(e) => onChange({ to: e.target.value ? `${e.target.value}-01` : undefined })}
      />
      <LanguageFilter languages={options.languages} filters={filters} onChange={onChange} />
    </fieldset>
  );
}
