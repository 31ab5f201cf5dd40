import type { Country, Role, UnitKind } from '../api/types.ts';
import type { Translate } from './translate.ts';

/**
 * The name of an organisation level. It depends on both the municipality's country (Danish forvaltning /
 * center / enhed versus Norwegian sektor / avdeling / enhet) and the UI language.
 */
export function kindLabel(t: Translate, country: Country, kind: UnitKind): string {
  return t(`kind.${country}.${kind}`);
}

/** The display name of a role. */
export function roleLabel(t: Translate, role: Role): string {
  return t(`role.${role}`);
}

/** What a role may do, for the users page. */
export function roleDescription(t: Translate, role: Role): string {
  return t(`role.${role}.description`);
}
