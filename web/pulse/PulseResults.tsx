import { PULSE_ITEMS } from '../../shared/complaints/pulse-items.ts';
import type { Unit } from '../api/types.ts';
import { oneDecimal } from '../complaints/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { intlLocale, isPlainKey } from '../i18n/translate.ts';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import type { ItemSummary, RoundResult } from './api.ts';

/** One round's results: a row per unit (and the round total), a column per pulse item. */
export function PulseResults({
  round,
  units,
  minGroupSize,
}: {
  round: RoundResult;
  units: Unit[];
  minGroupSize: number;
}) {
  const { t, locale, format } = useI18n();
  const tag = intlLocale(locale);
  const paged = usePaged(round.units);
  const itemLabel = (id: string) => {
    const key = `dialog.pulse.item.${id}`;
    return isPlainKey(key) ? t(key) : id;
  };
  const cell = (items: ItemSummary[] | null, id: string) => {
    const s = items?.find((i) => i.itemId === id)?.summary;
    if (!s || s.mean === null) return '–';
    if (!s.ci) return oneDecimal(tag, s.mean);
    return t('dialog.mean', {
      mean: oneDecimal(tag, s.mean),
      lower: oneDecimal(tag, s.ci.lower),
      upper: oneDecimal(tag, s.ci.upper),
    });
  };
  const row = (
    key: string,
    name: string,
    respondents: number,
    status: string,
    items: ItemSummary[] | null,
  ) => (
    <tr key={key}>
      <th scope="row">{name}</th>
      <td>{respondents}</td>
      {items ? (
        PULSE_ITEMS.map((i) => <td key={i.id}>{cell(items, i.id)}</td>)
      ) : (
        <td colSpan={PULSE_ITEMS.length}>
          {status === 'complementary'
            ? t('dialog.pulse.complementary')
            : t('dialog.pulse.hidden', { min: minGroupSize })}
        </td>
      )}
    </tr>
  );
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption>
            {round.title}
            {round.opensAt ? ` · ${format.date(round.opensAt)}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('dialog.field.unit')}</th>
              <th scope="col">{t('dialog.pulse.responses')}</th>
              {PULSE_ITEMS.map((i) => (
                <th scope="col" key={i.id}>
                  {itemLabel(i.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((u) =>
              row(
                u.unitId,
                units.find((x) => x.id === u.unitId)?.name ?? u.unitId,
                u.respondents,
                u.status,
                u.items,
              ),
            )}
            {round.units.length > 1 &&
              row('total', t('dialog.pulse.roundTotal'), round.respondents, 'suppressed', round.total)}
          </tbody>
        </table>
      </div>
      <PagedControls paged={paged} label={round.title} />
    </>
  );
}
