import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../../ui/Paged.tsx';
import type { HandoverReport } from '../types.ts';
import { SurveyExperience } from './SurveyExperience.tsx';

const MANY = 5;

/**
 * Handovers per case (distribution, and the share of courses with 5+ handovers) and, beside them,
 * the citizens' experience where a survey targets the same unit or journey. Surveys are anonymous
 * and cannot be joined to cases, so the comparison is between groups and is correlation only.
 */
export function ExperiencePanel({ report }: { report: HandoverReport }) {
  const { t, format } = useI18n();
  const paged = usePaged(report.handoversPerCase);
  const total = report.handoversPerCase.reduce((s, r) => s + r.cases, 0);
  const many = report.handoversPerCase.filter((r) => r.handovers >= MANY).reduce((s, r) => s + r.cases, 0);
  const share = format.percent(total ? many / total : 0, 1);
  return (
    <section className="section" aria-labelledby="eventlog-experience-title">
      <h3 id="eventlog-experience-title">{t('eventlog.experience.title')}</h3>
      <p>{t('eventlog.experience.many', { count: format.number(many), share, min: MANY })}</p>
      <div className="table-wrap">
        <table className="table">
          <caption>{t('eventlog.experience.distribution')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('eventlog.experience.handovers')}</th>
              <th scope="col" className="num">
                {t('eventlog.experience.cases')}
              </th>
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((r) => (
              <tr key={r.handovers}>
                <td>{r.handovers}</td>
                <td className="num">{format.number(r.cases)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PagedControls paged={paged} label={t('eventlog.experience.distribution')} />
      <SurveyExperience />
      <p className="muted">{t('eventlog.experience.caveat')}</p>
    </section>
  );
}
