import { useMemo, useState } from 'react';
import { actorLabel, analyseContacts, type Journey } from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * The drawing as text: every step in order with actor, channel and what happens, and who handed over.
 * Open by default for short journeys; long ones start folded so the page stays scannable.
 */
export function StepTextList({ journey }: { journey: Journey }) {
  const { t } = useI18n();
  const contacts = useMemo(() => analyseContacts(journey), [journey]);
  const labels = useMemo(
    () => new Map(journey.actors.map((actor) => [actor.id, actorLabel(actor).label])),
    [journey.actors],
  );
  const [open, setOpen] = useState(journey.steps.length <= 30);
  if (journey.steps.length === 0) return null;
  // A closed list is not rendered at all: 1,000 list items per keystroke would slow the editor down.
  return (
    <details className="journey-text-alt" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('journeys.drawing.textAlternative')}</summary>
      {open && (
        <ol data-testid="journey-step-text">
          {journey.steps.map((step, index) => {
            const contact = contacts[index];
            const from =
              contact?.isHandover && contact.previousActorId ? labels.get(contact.previousActorId) : null;
            return (
              <li key={step.id}>
                {t('journeys.drawing.stepText', {
                  actor: labels.get(step.actorId) ?? step.actorId,
                  channel: t(`journeys.channel.${step.channel}`),
                  description: step.description || '–',
                })}
                {from && <> — {t('journeys.drawing.handoverFrom', { actor: from })}</>}
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
