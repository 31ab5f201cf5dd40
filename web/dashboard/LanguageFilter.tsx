import { useState } from 'react';
import { TRANSLATION_STATUSES } from '../../shared/languages/status.ts';
import { languageNameIn } from '../../shared/languages/tags.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CheckboxField, SelectField } from '../ui/Field.tsx';
import type { Filters } from './api.ts';

type Patch = Record<string, string | undefined>;

const split = (v: string | undefined) => (v ? v.split(',') : []);

/**
 * One multi-choice filter with include/exclude: "only the chosen" (`include` query key) or "all but
 * the chosen" (`exclude` key). Unticking everything removes the filter.
 */
function ChoiceFilter({
  id,
  legend,
  choices,
  include,
  exclude,
  filters,
  onChange,
}: {
  id: string;
  legend: string;
  choices: readonly { value: string; label: string }[];
  include: 'languages' | 'statuses';
  exclude: 'excludeLanguages' | 'excludeStatuses';
  filters: Filters;
  onChange: (patch: Patch) => void;
}) {
  const { t } = useI18n();
  const address = `${filters[include] ?? ''}|${filters[exclude] ?? ''}`;
  const fromAddress = { excluding: !!filters[exclude], chosen: split(filters[exclude] ?? filters[include]) };
  // The address changes in a transition (web/app/router.tsx), so a box would show its old state until the new
  // figures are rendered; the choice is shown at once, until the address has caught up.
  const [pending, setPending] = useState<(typeof fromAddress & { address: string }) | null>(null);
  const { excluding, chosen } = pending?.address === address ? pending : fromAddress;
  const apply = (values: string[], excludeMode: boolean) => {
    setPending({ address, excluding: excludeMode, chosen: values });
    const value = values.length ? values.join(',') : undefined;
    onChange({ [include]: excludeMode ? undefined : value, [exclude]: excludeMode ? value : undefined });
  };
  return (
    <fieldset className="dash-choice" id={id}>
      <legend>{legend}</legend>
      <SelectField
        id={`${id}-mode`}
        label={t('dashboard.filter.mode')}
        value={excluding ? 'exclude' : 'include'}
        onChange={(e) => apply(chosen, e.target.value === 'exclude')}
      >
        <option value="include">{t('dashboard.filter.include')}</option>
        <option value="exclude">{t('dashboard.filter.exclude')}</option>
      </SelectField>
      {choices.map((c) => (
        <CheckboxField
          key={c.value}
          id={`${id}-${c.value}`}
          label={c.label}
          checked={chosen.includes(c.value)}
          onChange={(e) =>
            apply(e.target.checked ? [...chosen, c.value] : chosen.filter((v) => v !== c.value), excluding)
          }
        />
      ))}
    </fieldset>
  );
}

/** The language and translation-status filters of the dashboard (each with include/exclude). */
export function LanguageFilter({
  languages,
  filters,
  onChange,
}: {
  languages: readonly string[];
  filters: Filters;
  onChange: (patch: Patch) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <ChoiceFilter
        id="dash-language"
        legend={t('dashboard.filter.language')}
        choices={languages.map((tag) => ({ value: tag, label: languageNameIn(tag, locale) }))}
        include="languages"
        exclude="excludeLanguages"
        filters={filters}
        onChange={onChange}
      />
      <ChoiceFilter
        id="dash-status"
        legend={t('dashboard.filter.status')}
        choices={TRANSLATION_STATUSES.map((s) => ({
          value: s,
          label: t(`dashboard.translationStatus.${s}`),
        }))}
        include="statuses"
        exclude="excludeStatuses"
        filters={filters}
        onChange={onChange}
      />
    </>
  );
}
