import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { AttributeInfo } from '../types.ts';

/** Where an extra attribute goes: nowhere (the default), the case, or each event. */
export type AttributeRole = 'drop' | 'case' | 'event';

/**
 * The privacy choice: which attributes to keep. Nothing is kept unless chosen; an attribute whose
 * examples look like CPR numbers can only be dropped. XES lists trace and event attributes apart;
 * for CSV every unmapped column can be kept per case or per event.
 */
export function AttributeChoices({
  attributes,
  roles,
  allowed,
  onChange,
}: {
  attributes: Array<AttributeInfo & { level?: 'case' | 'event' }>;
  roles: Record<string, AttributeRole>;
  allowed: (a: AttributeInfo & { level?: 'case' | 'event' }) => AttributeRole[];
  onChange: (key: string, role: AttributeRole) => void;
}) {
  const { t } = useI18n();
  if (attributes.length === 0) return <p className="muted">{t('eventlog.attrs.none')}</p>;
  return (
    <fieldset className="fieldset">
      <legend>{t('eventlog.attrs.legend')}</legend>
      <p className="field-hint">{t('eventlog.attrs.hint')}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('eventlog.attrs.legend')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('eventlog.attrs.name')}</th>
              <th scope="col">{t('eventlog.attrs.examples')}</th>
              <th scope="col">{t('eventlog.attrs.keep')}</th>
            </tr>
          </thead>
          <tbody>
            {attributes.map((a) => {
              const id = `attr-${a.level ?? 'col'}-${a.key}`;
              return (
                <tr key={id}>
                  <th scope="row">
                    <label htmlFor={id}>{a.key}</label>
                    {a.nationalId && <span className="eventlog-warning"> {t('eventlog.attrs.cpr')}</span>}
                  </th>
                  <td className="break">{a.nationalId ? '•••' : a.examples.join(', ')}</td>
                  <td>
                    <select
                      id={id}
                      className="input"
                      value={roles[id] ?? 'drop'}
                      onChange={(e) => onChange(id, e.target.value as AttributeRole)}
                    >
                      {allowed(a).map((role) => (
                        <option key={role} value={role}>
                          {t(`eventlog.attrs.role.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
