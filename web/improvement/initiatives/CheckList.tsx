import { useI18n } from '../../i18n/I18nProvider.tsx';

/** A fieldset of checkboxes choosing several ids from a list. */
export function CheckList({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: { id: string; label: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset">
      <legend className="field-label">{legend}</legend>
      {options.length === 0 && <p className="muted">{t('improvement.none')}</p>}
      {options.map((o) => (
        <label key={o.id} className="improvement-inline" style={{ display: 'flex' }}>
          <input
            type="checkbox"
            checked={value.includes(o.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.id] : value.filter((x) => x !== o.id))}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
