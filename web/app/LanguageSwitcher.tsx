import { useId } from 'react';
import { authApi } from '../api/endpoints.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { asLocale, LOCALES, type Locale } from '../i18n/translate.ts';
import { useToast } from '../ui/Toast.tsx';
import { useAuth } from './AuthProvider.tsx';

/**
 * The language picker. Language names are written in their own language, so someone who cannot read the
 * current one can still find theirs. Signed in, the choice is also saved to the profile.
 */
export function LanguageSwitcher({ onPick }: { onPick?: (locale: Locale) => void }) {
  const { locale, setLocale, t } = useI18n();
  const { state, updateMe } = useAuth();
  const toast = useToast();
  const id = useId();

  const change = async (next: Locale) => {
    setLocale(next);
    onPick?.(next);
    if (state.status !== 'authenticated') return;
    try {
      updateMe(await authApi.updateMe({ locale: next }));
    } catch {
      // `t` still belongs to the old language here; the message is rare enough to accept that.
      toast({ message: t('lang.saveFailed'), tone: 'error' });
    }
  };

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('header.language')}</label>
      <select
        id={id}
        className="input input-compact"
        value={locale}
        onChange={(event) => {
          const next = asLocale(event.target.value);
          if (next) void change(next);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`lang.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
