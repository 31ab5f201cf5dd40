import type { UnitDto } from '../../shared/api/units.ts';
import type { OrgUnit } from '../db/types.ts';

/** Copies the fields the API shows; never the raw row. */
export function presentUnit(row: OrgUnit): UnitDto {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    kind: row.kind,
    isEntrance: row.is_entrance,
    archivedAt: row.archived_at ? row.archived_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}
