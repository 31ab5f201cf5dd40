import type { AuditEntry } from '../api/types.ts';
import { isPlainKey, type Translate } from '../i18n/translate.ts';

/** The action in words ("Enhed oprettet"), or the raw code for actions this version does not know yet. */
export function actionLabel(t: Translate, action: string): string {
  const key = `audit.action.${action}`;
  return isPlainKey(key) ? t(key) : action;
}

/** "Enhed" / "Bruger" for known target types, else the raw type. */
export function targetTypeLabel(t: Translate, targetType: string): string {
  const key = `audit.target.${targetType}`;
  return isPlainKey(key) ? t(key) : targetType;
}

/**
 * The details object as short "key: value" pairs. Nested values are shown as compact JSON: the log is for
 * investigation, so nothing is hidden, but it must stay readable in a table cell.
 */
export function detailPairs(details: AuditEntry['details']): [string, string][] {
  if (typeof details !== 'object' || details === null) return [];
  return Object.entries(details).map(([key, value]) => [
    key,
    typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value),
  ]);
}
