import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { PlainKey } from '../i18n/translate.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import './improvement.css';

const PHASES: { title: PlainKey; links: { to: string; label: PlainKey }[] }[] = [
  {
    title: 'improvement.phase.observe',
    links: [
      { to: '/improvement/observe', label: 'improvement.link.observe' },
      { to: '/improvement/interviews', label: 'improvement.link.interviews' },
      { to: '/improvement/board', label: 'improvement.link.board' },
    ],
  },
  {
    title: 'improvement.phase.find',
    links: [
      { to: '/improvement/ideas', label: 'improvement.link.ideas' },
      { to: '/improvement/workshop', label: 'improvement.link.workshop' },
    ],
  },
  {
    title: 'improvement.phase.try',
    links: [
      { to: '/improvement/initiatives', label: 'improvement.link.initiatives' },
      { to: '/improvement/advice', label: 'improvement.link.advice' },
    ],
  },
];

/** The improvement cycle in its three phases: Observe → Find on → Try. */
export function ImprovementPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('improvement.title')} intro={t('improvement.intro')} />
      <nav className="improvement-phases section" aria-label={t('improvement.sections')}>
        {PHASES.map((phase) => (
          <div key={phase.title} className="card">
            <h2>{t(phase.title)}</h2>
            <ul>
              {phase.links.map((link) => (
                <li key={link.to}>
                  <Link to={link.to}>{t(link.label)}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </>
  );
}
