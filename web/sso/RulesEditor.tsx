import { useState } from 'react';
import type { MappingRule, ProviderView } from '../../shared/api/sso.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { UnitPicker } from '../ui/UnitPicker.tsx';

const ROLES = ['admin', 'analyst', 'staff', 'viewer'] as const;

/** The provider's mapping rules: claim/attribute value → role and units, saved together. */
export function RulesEditor({
  provider,
  units,
  onSave,
}: {
  provider: ProviderView;
  units: Unit[];
  onSave: (rules: MappingRule[]) => Promise<void>;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [rules, setRules] = useState<MappingRule[]>(provider.rules);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const change = (i: number, patch: Partial<MappingRule>) =>
    setRules((old) => old.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(rules);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t('sso.rules')}>
      <h4>{t('sso.rules')}</h4>
      <p className="muted">{t('sso.rulesIntro')}</p>
      {error !== null && (
        <div className="alert alert-error" role="alert">
          <p>{errorText(error)}</p>
        </div>
      )}
      {rules.length === 0 && <p>{t('sso.rulesEmpty')}</p>}
      {rules.map((rule, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id; their position is their identity.
        <fieldset key={i} className="sso-rule">
          <legend>{t('sso.rule.legend', { n: i + 1 })}</legend>
          <TextField
            label={t('sso.rule.claim')}
            value={rule.claim}
            onChange={(e) => change(i, { claim: e.target.value })}
          />
          <TextField
            label={t('sso.rule.value')}
            value={rule.value}
            onChange={(e) => change(i, { value: e.target.value })}
          />
          <SelectField
            label={t('sso.rule.role')}
            value={rule.role}
            onChange={(e) => change(i, { role: e.target.value as MappingRule['role'] })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </SelectField>
          <UnitPicker
            legend={t('sso.rule.units')}
            units={units}
            selected={rule.unitIds}
            onChange={(unitIds) => change(i, { unitIds })}
          />
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setRules((old) => old.filter((_, j) => j !== i))}
          >
            {t('sso.rule.remove', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() =>
            setRules((old) => [
              ...old,
              {
                claim:
                  provider.kind === 'oidc'
                    ? 'groups'
                    : 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role',
                value: '',
                role: 'viewer',
                unitIds: [],
              },
            ])
          }
        >
          {t('sso.rule.add')}
        </button>{' '}
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void save()}>
          {busy ? t('common.saving') : t('sso.rules.save')}
        </button>
      </p>
    </section>
  );
}
