import { useI18n } from '../i18n/I18nProvider.tsx';
import type { SmileyReport } from './api.ts';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const DAYS = [1, 2, 3, 4, 5, 6, 7];

/** Red → amber → green by positive share, with dark text on every step (contrast ≥ 4.5:1). */
function shade(share: number | null): string {
  if (share === null) return 'transparent';
  if (share < 0.4) return '#f6c9c4';
  if (share < 0.6) return '#fbe1a6';
  if (share < 0.8) return '#cfe8b8';
  return '#9fd3a6';
}

/**
 * Presses by weekday × hour as a table: each cell shows the count (text, so colour is never the only
 * carrier) and is shaded by the positive share. Hours without any press are left out at both ends.
 */
export function SmileyHeatMap({ grid }: { grid: SmileyReport['grid'] }) {
  const { t, locale, format } = useI18n();
  if (grid.length === 0) return null;
  const used = grid.map((c) => c.hour);
  const hours = HOURS.filter((h) => h >= Math.min(...used) && h <= Math.max(...used));
  const cell = new Map(grid.map((c) => [`${c.weekday}|${c.hour}`, c]));
  const weekday = (n: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(new Date(Date.UTC(2024, 0, n)));
  const pct = (v: number | null) => (v === null ? '–' : `${format.number(Math.round(v * 100))} %`);
  return (
    <section aria-labelledby="smiley-heat">
      <h3 id="smiley-heat">{t('surveys.heat.title')}</h3>
      <p className="muted">{t('surveys.heat.intro')}</p>
      <div className="heat-wrap">
        <table className="heat">
          <thead>
            <tr>
              <td />
              {hours.map((h) => (
                <th key={h} scope="col">
                  {String(h).padStart(2, '0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DAYS.map((d) => (
              <tr key={d}>
                <th scope="row">{weekday(d)}</th>
                {hours.map((h) => {
                  const c = cell.get(`${d}|${h}`);
                  return (
                    <td
                      key={h}
                      style={{ background: shade(c?.positiveShare ?? null) }}
                      title={
                        c
                          ? t('surveys.heat.cell', { count: c.total, positive: pct(c.positiveShare) })
                          : undefined
                      }
                    >
                      {c ? <span>{c.total}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="heat-legend">
        {t('surveys.heat.legend')}: <i style={{ background: shade(0.2) }} /> &lt; 40 %{' '}
        <i style={{ background: shade(0.5) }} /> 40–60 % <i style={{ background: shade(0.7) }} /> 60–80 %{' '}
        <i style={{ background: shade(0.9) }} /> ≥ 80 %
      </p>
    </section>
  );
}
