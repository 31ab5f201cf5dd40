import type { MessageKey } from '../i18n/dictionary.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { isMessageKey, type Translate } from '../i18n/translate.ts';
import type { ImportError } from './types.ts';

/** Translates a key built from server data, with whatever parameters the server sent. */
export function translateLoose(
  t: Translate,
  key: string,
  params: Record<string, string | number>,
  fallback: string,
): string {
  if (!isMessageKey(key)) return fallback;
  const loose = t as unknown as (k: MessageKey, p: Record<string, string | number>) => string;
  return loose(key, params);
}

/** An import failure in the UI language, with where it happened (line, column, byte). */
export function ImportErrorText({ error }: { error: ImportError }) {
  const { t } = useI18n();
  const what = translateLoose(t, `eventlog.error.${error.code}`, error.params, error.message);
  const where = [
    error.line === undefined ? null : t('eventlog.where.line', { line: error.line }),
    error.column === undefined ? null : t('eventlog.where.column', { column: error.column }),
    error.byte === undefined ? null : t('eventlog.where.byte', { byte: error.byte }),
  ].filter((x): x is string => x !== null);
  return (
    <>
      <strong>{what}</strong>
      {where.length > 0 && <> ({where.join(', ')})</>}
    </>
  );
}
