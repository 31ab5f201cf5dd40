import type { MappingRule } from '../../shared/api/sso.ts';
import type { Role } from '../db/types.ts';

/** Claims or attributes of a person, each as a list of strings (a group claim has many values). */
export type Claims = Record<string, string[]>;

const RANK: Record<Role, number> = { viewer: 0, staff: 1, analyst: 2, admin: 3 };

export interface MappingResult {
  role: Role;
  unitIds: string[];
  /** Positions of the rules that matched, for the audit log. */
  matched: number[];
}

/**
 * Applies the admin's rules to what the provider says. Every matching rule counts: the highest
 * role wins and the units are the union, so a person in two groups gets both groups' units.
 * No matching rule: null (the login is refused). Run at every login, so a changed group in the
 * provider changes the role and the units at the next sign-in.
 */
export function applyMappingRules(rules: MappingRule[], claims: Claims): MappingResult | null {
  let role: Role | null = null;
  const units = new Set<string>();
  const matched: number[] = [];
  rules.forEach((rule, index) => {
    if (!(claims[rule.claim] ?? []).includes(rule.value)) return;
    matched.push(index);
    if (role === null || RANK[rule.role] > RANK[role]) role = rule.role;
    for (const id of rule.unitIds) units.add(id);
  });
  return role === null ? null : { role, unitIds: [...units].sort(), matched };
}

/** Flattens claim values of any JSON shape (string, number, boolean, arrays of them) to strings. */
export function normaliseClaims(raw: Record<string, unknown>): Claims {
  const claims: Claims = {};
  for (const [key, value] of Object.entries(raw)) {
    const list = Array.isArray(value) ? value : [value];
    const strings = list.flatMap((v) =>
      typeof v === 'string' ? [v] : typeof v === 'number' || typeof v === 'boolean' ? [String(v)] : [],
    );
    if (strings.length) claims[key] = strings;
  }
  return claims;
}
