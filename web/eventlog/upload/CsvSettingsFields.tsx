import { useI18n } from '../../i18n/I18nProvider.tsx';
import { SelectField } from '../../ui/Field.tsx';
import type { CsvPreview } from '../types.ts';

/** The CSV settings the analyst can change: detected values are preselected. */
export interface CsvChoice {
  encoding: CsvPreview['encoding'];
  delimiter: string;
  dateOrder: 'YMD' | 'DMY' | 'MDY';
  caseId: string;
  activity: string;
  timestamp: string;
  resource: string;
  group: string;
  lifecycle: string;
}

const FIELDS = ['caseId', 'activity', 'timestamp', 'resource', 'group', 'lifecycle'] as const;
const REQUIRED = new Set(['caseId', 'activity', 'timestamp']);
const DELIMITERS: Array<[string, 'comma' | 'semicolon' | 'tab' | 'pipe']> = [
  [',', 'comma'],
  [';', 'semicolon'],
  ['\t', 'tab'],
  ['|', 'pipe'],
];

/** Encoding, delimiter and date order (re-previewed when changed), the column mapping and the first rows. */
export function CsvSettingsFields({
  preview,
  choice,
  onChange,
}: {
  preview: CsvPreview;
  choice: CsvChoice;
  onChange: (patch: Partial<CsvChoice>) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset">
      <legend>{t('eventlog.csv.legend')}</legend>
      <div className="eventlog-grid">
        <SelectField
          label={t('eventlog.csv.encoding')}
          value={choice.encoding}
          onChange={(e) => onChange({ encoding: e.target.value as CsvChoice['encoding'] })}
        >
          {(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('eventlog.csv.delimiter')}
          value={choice.delimiter}
          onChange={(e) => onChange({ delimiter: e.target.value })}
        >
          {DELIMITERS.map(([value, name]) => (
            <option key={name} value={value}>
              {t(`eventlog.csv.delimiter.${name}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('eventlog.csv.dateOrder')}
          hint={
            preview.dateFormat
              ? t('eventlog.csv.dateDetected', { format: preview.dateFormat.label })
              : undefined
          }
          value={choice.dateOrder}
          onChange={(e) => onChange({ dateOrder: e.target.value as CsvChoice['dateOrder'] })}
        >
          {(['YMD', 'DMY', 'MDY'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`eventlog.csv.order.${v}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="eventlog-grid">
        {FIELDS.map((field) => (
          <SelectField
            key={field}
            label={t(`eventlog.map.${field}`)}
            value={choice[field]}
            required={REQUIRED.has(field)}
            onChange={(e) => onChange({ [field]: e.target.value })}
          >
            <option value="">
              {REQUIRED.has(field) ? t('eventlog.map.choose') : t('eventlog.map.none')}
            </option>
            {preview.headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('eventlog.csv.rows')}</caption>
          <thead>
            <tr>
              {preview.headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, 5).map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity.
              <tr key={i}>
                {preview.headers.map((h, j) => (
                  <td key={h}>{row[j] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
