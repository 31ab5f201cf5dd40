import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CitizenSettingsTables } from '../citizen-settings/tables.ts';
import type { DialogTables } from '../complaints/tables.ts';
import type { ConformanceTables } from '../conformance/tables.ts';
import type { DashboardTables } from '../dashboard/tables.ts';
import type { EventLogTables } from '../eventlog/tables.ts';
import type { ImprovementTables } from '../improvement/tables.ts';
import type { IntegrationTables } from '../integrations/tables.ts';
import type { JourneyTables } from '../journeys/tables.ts';
import type { LifecycleTables } from '../lifecycle/tables.ts';
import type { SsoTables } from '../sso/tables.ts';
import type { SurveyChannelTables } from '../surveys/channel-tables.ts';
import type { SurveyTables } from '../surveys/tables.ts';
import type { TokenTables } from '../tokens/tables.ts';
import type { TranslationTables } from '../translations/tables.ts';

/** Timestamps are written as Date (or left to defaults) and read back as Date. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export type Country = 'DK' | 'NO';
export type Locale = 'da' | 'nb' | 'en';
export type Role = 'admin' | 'analyst' | 'staff' | 'viewer';
export type UnitKind = 'administration' | 'department' | 'unit';

/** The tenant. Not itself tenant-scoped: in a distributed setup it is a reference table. */
export interface MunicipalityTable {
  id: Generated<string>;
  slug: string;
  name: string;
  country: Country;
  min_group_size: Generated<number>;
  /** False: only admins may sign in with a password (break-glass); others use the provider. */
  password_login: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface OrgUnitTable {
  municipality_id: string;
  id: Generated<string>;
  parent_id: string | null;
  name: string;
  kind: UnitKind;
  is_entrance: Generated<boolean>;
  archived_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface AppUserTable {
  municipality_id: string;
  id: Generated<string>;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  active: Generated<boolean>;
  /** The user's own choice; null follows the municipality's country (see defaultLocaleFor). */
  locale: Locale | null;
  /** Set when an admin created the account or reset its password; cleared by the owner's own change. */
  must_change_password: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  last_login_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface UserUnitTable {
  municipality_id: string;
  user_id: string;
  unit_id: string;
}

export interface SessionTable {
  municipality_id: string;
  /** SHA-256 of the cookie's secret part: a leaked table does not hand out sessions. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  municipality_id: string;
  /** bigint identity, read as a JS number (int8 parser). */
  id: Generated<number>;
  at: Generated<Date>;
  actor_user_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: Json<Record<string, unknown>>;
}

/** The foundation's tables. */
export interface FoundationTables {
  municipality: MunicipalityTable;
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  user_unit: UserUnitTable;
  session: SessionTable;
  audit_log: AuditLogTable;
}

/**
 * Every table Kysely knows of: each feature declares its tables in `server/<feature>/tables.ts`
 * and is added to this intersection, next to its migration in `migrations/index.ts`.
 */
export interface Database
  extends FoundationTables,
    SurveyTables,
    JourneyTables,
    SurveyChannelTables,
    DashboardTables,
    DialogTables,
    ImprovementTables,
    EventLogTables,
    LifecycleTables,
    IntegrationTables,
    SsoTables,
    TokenTables,
    CitizenSettingsTables,
    TranslationTables,
    ConformanceTables {}

export type Municipality = Selectable<MunicipalityTable>;
export type OrgUnit = Selectable<OrgUnitTable>;
export type NewOrgUnit = Insertable<OrgUnitTable>;
export type OrgUnitUpdate = Updateable<OrgUnitTable>;
export type AppUser = Selectable<AppUserTable>;
export type AuditEntry = Selectable<AuditLogTable>;
