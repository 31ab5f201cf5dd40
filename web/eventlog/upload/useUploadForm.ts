import { useCallback, useState } from 'react';
import { previewFile } from '../api.ts';
import type { AttributeInfo, LogPreview } from '../types.ts';
import type { AttributeRole } from './AttributeChoices.tsx';
import type { CsvChoice } from './CsvSettingsFields.tsx';

type Attr = AttributeInfo & { level?: 'case' | 'event' };

/** State of the upload form: the chosen file, its preview and the analyst's choices. */
export function useUploadForm() {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<LogPreview | null>(null);
  const [csv, setCsv] = useState<CsvChoice | null>(null);
  const [roles, setRoles] = useState<Record<string, AttributeRole>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (next: File, overrides: { encoding?: string; delimiter?: string } = {}) => {
    setBusy(true);
    setError(null);
    try {
      const p = await previewFile(next, overrides);
      setPreview(p);
      const c = p.csv;
      if (c) {
        const m = c.suggestedMapping;
        setCsv((old) => ({
          encoding: c.encoding,
          delimiter: c.delimiter,
          dateOrder: c.dateFormat?.order ?? old?.dateOrder ?? 'YMD',
          caseId: m.caseId ?? '',
          activity: m.activity ?? '',
          timestamp: m.timestamp ?? '',
          resource: m.resource ?? '',
          group: m.group ?? '',
          lifecycle: m.lifecycle ?? '',
        }));
      } else setCsv(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);

  const choose = (next: File | null) => {
    setFile(next);
    setPreview(null);
    setRoles({});
    if (next) void load(next);
  };

  const changeCsv = (patch: Partial<CsvChoice>) => {
    if (!csv) return;
    const next = { ...csv, ...patch };
    setCsv(next);
    if (file && (patch.encoding || patch.delimiter))
      void load(file, { encoding: next.encoding, delimiter: next.delimiter });
  };

  const mapped = new Set(
    csv ? [csv.caseId, csv.activity, csv.timestamp, csv.resource, csv.group, csv.lifecycle] : [],
  );
  const attributes: Attr[] = !preview
    ? []
    : preview.format === 'csv'
      ? preview.caseAttributes.filter((a) => !mapped.has(a.key))
      : [
          ...preview.caseAttributes.map((a) => ({ ...a, level: 'case' as const })),
          ...preview.eventAttributes.map((a) => ({ ...a, level: 'event' as const })),
        ];
  const allowed = (a: Attr): AttributeRole[] =>
    a.nationalId
      ? ['drop']
      : a.level === 'case'
        ? ['drop', 'case']
        : a.level === 'event'
          ? ['drop', 'event']
          : ['drop', 'case', 'event'];
  const kept = (role: AttributeRole) =>
    attributes.filter((a) => roles[`attr-${a.level ?? 'col'}-${a.key}`] === role).map((a) => a.key);

  return {
    file,
    preview,
    csv,
    roles,
    busy,
    error,
    attributes,
    choose,
    changeCsv,
    allowed,
    kept,
    setRole: (id: string, role: AttributeRole) => setRoles((r) => ({ ...r, [id]: role })),
  };
}
