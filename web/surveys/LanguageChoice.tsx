import { useCallback } from 'react';
import { Link } from 'wouter';
import { languageNameIn } from '../../shared/languages/tags.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { translationsApi } from '../translations/api.ts';
import { mayTranslate } from '../translations/view.ts';
import { CheckboxField } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { toggleLanguage } from './languages.ts';

/**
 * The survey's languages, chosen from the municipality's catalogue (GET /translations/languages):
 * each named in the user's interface language, with its tag, and the name in the language itself.
 */
export function LanguageChoice({ value, onChange }: { value: string[]; onChange: (next: string[]) => void }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const catalogue = useAsync(useCallback((signal: AbortSignal) => translationsApi.languages(signal), []));
  // Until the catalogue is there (or if it fails), the languages already chosen stay visible.
  const offered = catalogue.data?.languages.map((l) => ({ tag: l.tag, own: l.ownName, dir: l.dir })) ?? [];
  const tags = [...offered.map((l) => l.tag), ...value.filter((v) => !offered.some((l) => l.tag === v))];
  return (
    <fieldset className="fieldset">
      <legend>{t('surveys.field.languages')}</legend>
      {tags.map((tag) => {
        const own = offered.find((l) => l.tag === tag);
        const name = languageNameIn(tag, locale);
        return (
          <CheckboxField
            key={tag}
            label={`${name} (${tag})${own && own.own !== name ? ` – ${own.own}` : ''}`}
            checked={value.includes(tag)}
            onChange={(e) =>
              onChange(
                toggleLanguage(
                  offered.map((l) => l.tag),
                  value,
                  tag,
                  e.target.checked,
                ),
              )
            }
          />
        );
      })}
      {catalogue.error !== undefined && catalogue.error !== null && (
        <ErrorMessage error={catalogue.error} onRetry={catalogue.reload} />
      )}
      {mayTranslate(me.user.role) && (
        <p className="field-hint">
          <Link to="/translations">{t('translations.surveyLanguagesHint')}</Link>
        </p>
      )}
    </fieldset>
  );
}
