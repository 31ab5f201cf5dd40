import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { Badge, EmptyState } from '../ui/Status.tsx';
import type { Area, Complaint } from './api.ts';
import { aboutLabel, areaLabel, tx } from './labels.ts';

/** The newest registrations, with delete for mistakes. */
export function ComplaintList({
  complaints,
  units,
  areas,
  onDelete,
}: {
  complaints: Complaint[];
  units: Unit[];
  areas: Area[];
  onDelete: (c: Complaint) => void;
}) {
  const { t, format } = useI18n();
  const paged = usePaged(complaints);
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? '–';
  const area = (key: string | null) => {
    const a = areas.find((x) => x.key === key);
    return a ? areaLabel(t, a) : '–';
  };
  if (complaints.length === 0) return <EmptyState>{t('dialog.complaints.empty')}</EmptyState>;
  return (
    <>
      <div className="table-wrap">
        <table className="table table-compact">
          <caption>{t('dialog.complaints.recent')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dialog.col.date')}</th>
              <th scope="col">{t('dialog.field.unit')}</th>
              <th scope="col">{t('dialog.field.area')}</th>
              <th scope="col">{t('dialog.field.kind')}</th>
              <th scope="col">{t('dialog.col.about')}</th>
              <th scope="col">{t('dialog.field.outcome')}</th>
              <th scope="col">{t('dialog.col.days')}</th>
              <th scope="col">{t('dialog.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((c) => (
              <tr key={c.id}>
                <td className="nowrap">{format.date(c.receivedOn)}</td>
                <td>{unitName(c.unitId)}</td>
                <td>{area(c.areaKey)}</td>
                <td>
                  {tx(t, `dialog.kind.${c.kind}`, c.kind)}{' '}
                  {c.imported && <Badge>{t('dialog.complaints.imported')}</Badge>}
                </td>
                <td>
                  {aboutLabel(t, c)}
                  {c.processReasons.length > 0 && (
                    <span className="muted">
                      {' '}
                      ({c.processReasons.map((r) => tx(t, `dialog.reason.${r}`, r)).join(', ')})
                    </span>
                  )}
                </td>
                <td>{tx(t, `dialog.outcome.${c.outcome}`, c.outcome)}</td>
                <td>{c.daysToAnswer ?? '–'}</td>
                <td>
                  <button type="button" className="btn btn-link btn-small" onClick={() => onDelete(c)}>
                    {t('dialog.complaints.delete')}
                    <span className="visually-hidden">
                      : {format.date(c.receivedOn)}, {unitName(c.unitId)}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PagedControls paged={paged} label={t('dialog.complaints.recent')} />
    </>
  );
}
