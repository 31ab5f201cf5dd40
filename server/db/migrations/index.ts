import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_surveys.ts';
import * as m0003 from './0003_journeys.ts';
import * as m0004 from './0004_survey_channels.ts';
import * as m0005 from './0005_dashboard.ts';
import * as m0006 from './0006_eventlog.ts';
import * as m0007 from './0007_improvement.ts';
import * as m0008 from './0008_dialog.ts';
import * as m0009 from './0009_eventlog_event_cascade.ts';
import * as m0010 from './0010_reference_integrity.ts';
import * as m0011 from './0011_token_directory.ts';
import * as m0012 from './0012_sso.ts';
import * as m0013 from './0013_lifecycle.ts';
import * as m0014 from './0014_integrations.ts';
import * as m0017 from './0017_user_locale_default.ts';
import * as m0018 from './0018_survey_languages.ts';
import * as m0019 from './0019_citizen_settings.ts';
import * as m0020 from './0020_journey_log_mapping.ts';
import * as m0022 from './0022_dead_rollup_function.ts';
import * as m0023 from './0023_eventlog_job_lease.ts';
import * as m0024 from './0024_webhook_triggers_to_writers.ts';
import * as m0025 from './0025_dashboard_language.ts';
import * as m0026 from './0026_session_close_and_criteria.ts';
import * as m0027 from './0027_mapping_alerts_checked.ts';
import * as m0028 from './0028_dashboard_roll_up_step.ts';

/**
 * The migrations in order. Listed explicitly (not read from the folder) so they work the same
 * under tsx, in the bundled CLI and in tests. Names sort by their number prefix.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_surveys': m0002,
  '0003_journeys': m0003,
  '0004_survey_channels': m0004,
  '0005_dashboard': m0005,
  '0006_eventlog': m0006,
  '0007_improvement': m0007,
  '0008_dialog': m0008,
  '0009_eventlog_event_cascade': m0009,
  '0010_reference_integrity': m0010,
  '0011_token_directory': m0011,
  '0012_sso': m0012,
  '0013_lifecycle': m0013,
  '0014_integrations': m0014,
  '0017_user_locale_default': m0017,
  '0018_survey_languages': m0018,
  '0019_citizen_settings': m0019,
  '0020_journey_log_mapping': m0020,
  '0022_dead_rollup_function': m0022,
  '0023_eventlog_job_lease': m0023,
  '0024_webhook_triggers_to_writers': m0024,
  '0025_dashboard_language': m0025,
  '0026_session_close_and_criteria': m0026,
  '0027_mapping_alerts_checked': m0027,
  '0028_dashboard_roll_up_step': m0028,
};
