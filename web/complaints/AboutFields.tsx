import { PROCESS_REASONS } from '../../shared/complaints/taxonomy.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { NewComplaint } from './api.ts';
import { tx } from './labels.ts';

type About = Pick<NewComplaint, 'aboutProcess' | 'aboutDecision' | 'processReasons'>;

/**
 * What a complaint is about: the process and/or the decision, and for the process which of the five
 * reasons. Unticking the process clears its reasons, so a record never claims reasons it is not about.
 */
export function AboutFields({
  value,
  error,
  onChange,
}: {
  value: About;
  error: string | undefined;
  onChange: (patch: Partial<About>) => void;
}) {
  const { t } = useI18n();
  const set = onChange;
  const toggleReason = (r: (typeof PROCESS_REASONS)[number]) =>
    set({
      processReasons: value.processReasons.includes(r)
        ? value.processReasons.filter((x) => x !== r)
        : [...value.processReasons, r],
    });
  return (
    <>
      <fieldset className="fieldset" aria-describedby={error ? 'about-error' : undefined}>
        <legend>{t('dialog.field.about')}</legend>
        {error && (
          <p className="field-error" id="about-error">
            {error}
          </p>
        )}
        <div className="check-list">
          <label>
            <input
              type="checkbox"
              checked={value.aboutProcess}
              onChange={(e) =>
                set({
                  aboutProcess: e.target.checked,
                  processReasons: e.target.checked ? value.processReasons : [],
                })
              }
            />{' '}
            {t('dialog.about.process')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={value.aboutDecision}
              onChange={(e) => set({ aboutDecision: e.target.checked })}
            />{' '}
            {t('dialog.about.decision')}
          </label>
        </div>
      </fieldset>
      {value.aboutProcess && (
        <fieldset className="fieldset">
          <legend>{t('dialog.field.processReasons')}</legend>
          <div className="check-list">
            {PROCESS_REASONS.map((r) => (
              <label key={r}>
                <input
                  type="checkbox"
                  checked={value.processReasons.includes(r)}
                  onChange={() => toggleReason(r)}
                />{' '}
                {tx(t, `dialog.reason.${r}`, r)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
