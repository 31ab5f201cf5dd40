import { useCallback, useState } from 'react';
import {
  COMPLIANCE_FIELDS,
  type ComplianceField,
  type ComplianceProfile,
} from '../../shared/api/lifecycle.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading, useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { lifecycleApi, packHtmlUrl } from './api.ts';
import { PackView } from './PackView.tsx';
import './print.css';

const fieldKey = (f: ComplianceField) => `lifecycle.field.${f}` as const;

/** Admin: the compliance pack, printable and downloadable, and the fields only the municipality knows. */
export function CompliancePage() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const [lang, setLang] = useState<'da' | 'nb'>(locale === 'nb' ? 'nb' : 'da');
  const pack = useAsync(useCallback((signal: AbortSignal) => lifecycleApi.pack(lang, { signal }), [lang]));
  const profile = useAsync(useCallback((signal: AbortSignal) => lifecycleApi.profile({ signal }), []));
  const [draft, setDraft] = useState<ComplianceProfile | null>(null);
  const fields = draft ?? profile.data;
  const save = async () => {
    if (!fields) return;
    try {
      await lifecycleApi.saveProfile(fields);
      toast({ message: t('lifecycle.compliance.saved') });
      pack.reload();
    } catch (error) {
      toast({ message: errorText(error) });
    }
  };
  return (
    <>
      <PageHeader title={t('lifecycle.compliance.title')} intro={t('lifecycle.compliance.intro')} />
      <div className="no-print">
        {profile.error ? (
          <ErrorMessage error={profile.error} onRetry={profile.reload} />
        ) : !fields ? (
          <Loading />
        ) : (
          <form
            aria-labelledby="profile-title"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <h2 id="profile-title">{t('lifecycle.compliance.profile')}</h2>
            {COMPLIANCE_FIELDS.map((f) => (
              <TextField
                key={f}
                label={t(fieldKey(f))}
                optional
                maxLength={300}
                type={f.endsWith('Email') ? 'email' : 'text'}
                value={fields[f]}
                onChange={(e) => setDraft({ ...fields, [f]: e.target.value })}
              />
            ))}
            <div className="form-actions">
              <button type="submit" className="btn btn-primary">
                {t('common.save')}
              </button>
            </div>
          </form>
        )}
        <SelectField
          label={t('lifecycle.compliance.language')}
          value={lang}
          onChange={(e) => setLang(e.target.value === 'nb' ? 'nb' : 'da')}
        >
          <option value="da">{t('lang.da')}</option>
          <option value="nb">{t('lang.nb')}</option>
        </SelectField>
        <div className="form-actions">
          <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
            {t('lifecycle.compliance.print')}
          </button>
          <a className="btn btn-secondary" href={packHtmlUrl(lang)} download>
            {t('lifecycle.compliance.download')}
          </a>
        </div>
      </div>
      {pack.error ? (
        <ErrorMessage error={pack.error} onRetry={pack.reload} />
      ) : !pack.data ? (
        <Loading />
      ) : (
        <>
          {pack.data.missing.length > 0 && (
            <p className="alert alert-warn no-print">
              {t('lifecycle.compliance.missing', {
                fields: pack.data.missing.map((f) => t(fieldKey(f))).join(', '),
              })}
            </p>
          )}
          <PackView pack={pack.data} lang={lang} />
        </>
      )}
    </>
  );
}
