import type { ConformanceReport } from '../../../shared/eventlog/conformance/index.ts';
import type { Journey } from '../../../shared/journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../../ui/Paged.tsx';
import { actorName } from './format.ts';

interface Props {
  report: ConformanceReport;
  journey: Journey;
}

/**
 * The actor mapping put to use: handovers between the planned actors the log's resources/groups are
 * mapped to, the plan's handovers first (followed or not taken), then those not in the plan. The
 * verdict is a word in its own column, so it does not rest on colour.
 */
export function ActorHandoversTable({ report, journey }: Props) {
  const { t, format } = useI18n();
  const name = (id: string) => actorName(journey, id);
  const paged = usePaged(report.actorHandovers);
  return (
    <section className="section" aria-labelledby="actual-actors-title" data-testid="actor-handovers">
      <h2 id="actual-actors-title">{t('actual.actors.title')}</h2>
      {report.actorCases === 0 ? (
        <p className="muted">{t('actual.actors.none')}</p>
      ) : (
        <>
          <p className="muted">{t('actual.actors.intro', { count: report.actorCases })}</p>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('actual.actors.colFrom')}</th>
                  <th scope="col">{t('actual.actors.colTo')}</th>
                  <th scope="col">{t('actual.actors.colPlan')}</th>
                  <th scope="col" className="num">
                    {t('actual.conf.colCases')}
                  </th>
                  <th scope="col" className="num">
                    {t('actual.conf.colTimes')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {paged.rows.map((h) => (
                  <tr
                    key={`${h.fromActorId}>${h.toActorId}`}
                    className={h.inPlan ? (h.cases ? '' : 'deviation-skipped') : 'deviation-repeated'}
                  >
                    <th scope="row">{name(h.fromActorId)}</th>
                    <td>{name(h.toActorId)}</td>
                    <td>
                      {h.inPlan
                        ? t(h.cases ? 'actual.actors.followed' : 'actual.actors.notTaken')
                        : t('actual.actors.notInPlan')}
                    </td>
                    <td className="num">{format.number(h.cases)}</td>
                    <td className="num">{format.number(h.occurrences)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PagedControls paged={paged} label={t('actual.actors.title')} />
        </>
      )}
    </section>
  );
}
