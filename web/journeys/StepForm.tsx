import {
  actorLabel,
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  HANDOVER_MODES,
  type Journey,
  type Step,
} from '../../shared/journey/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField, TextAreaField } from '../ui/Field.tsx';
import { DurationField } from './DurationField.tsx';
import { updateStep } from './edit.ts';
import { ListArea } from './ListArea.tsx';
import { StepAssessment } from './StepAssessment.tsx';

interface Props {
  journey: Journey;
  index: number;
  readOnly: boolean;
  /** `key` lets typing in one field coalesce into one undo step. */
  onChange: (update: (j: Journey) => Journey, key?: string) => void;
}

const EMOTIONS = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, i) => EMOTION_MIN + i);

/** Every field of the selected step; changes go through the undo history like any other edit. */
export function StepForm({ journey, index, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const step = journey.steps[index];
  if (!step) return null;
  const set = (patch: Partial<Step>) =>
    onChange((j) => updateStep(j, index, patch), `step:${step.id}:${Object.keys(patch).join()}`);
  const id = (name: string) => `step-${name}`;
  const select = <T extends string>(
    name: string,
    label: string,
    value: string,
    options: readonly T[],
    text: (v: T) => string,
    apply: (v: T) => void,
  ) => (
    <SelectField
      id={id(name)}
      label={label}
      compact
      value={value}
      disabled={readOnly}
      onChange={(e) => {
        const v = options.find((o) => o === e.target.value);
        if (v !== undefined) apply(v);
      }}
    >
      {options.map((o) => (
        <option key={o} value={o}>
          {text(o)}
        </option>
      ))}
    </SelectField>
  );
  // Every step field may stay empty, hence `required={false}` without the "optional" marker.
  const area = (name: string, label: string, value: string, apply: (text: string) => void) => (
    <TextAreaField
      id={id(name)}
      label={label}
      rows={2}
      required={false}
      readOnly={readOnly}
      value={value}
      onChange={(e) => apply(e.target.value)}
    />
  );
  // Keyed by step, so switching steps shows that step's own amount and unit.
  const duration = (
    name: string,
    label: string,
    value: number | undefined,
    apply: (v: number | undefined) => void,
  ) => (
    <DurationField
      key={`${step.id}-${name}`}
      id={id(name)}
      label={label}
      minutes={value}
      readOnly={readOnly}
      onChange={apply}
    />
  );
  const actorIds = journey.actors.map((a) => a.id);
  const stageIds = ['', ...journey.stages.map((s) => s.id)];
  return (
    <fieldset className="fieldset journey-step-form" data-testid="journey-step-form">
      <legend>{t('journeys.step.editing', { n: index + 1 })}</legend>
      {select(
        'actor',
        t('journeys.step.actor'),
        step.actorId,
        actorIds,
        (v) => {
          const a = journey.actors.find((x) => x.id === v);
          return a ? actorLabel(a).label : v;
        },
        (actorId) => set({ actorId }),
      )}
      {select(
        'channel',
        t('journeys.step.channel'),
        step.channel,
        CHANNELS,
        (v) => t(`journeys.channel.${v}`),
        (channel) => set({ channel }),
      )}
      {area('description', t('journeys.step.description'), step.description, (description) =>
        set({ description }),
      )}
      {select(
        'stage',
        t('journeys.step.stage'),
        step.stageId ?? '',
        stageIds,
        (v) => (v === '' ? t('journeys.step.noStage') : (journey.stages.find((s) => s.id === v)?.name ?? v)),
        (stageId) => set({ stageId: stageId === '' ? undefined : stageId }),
      )}
      {duration('waiting', t('journeys.step.waiting'), step.waitingMinutes, (waitingMinutes) =>
        set({ waitingMinutes }),
      )}
      {duration('duration', t('journeys.step.duration'), step.durationMinutes, (durationMinutes) =>
        set({ durationMinutes }),
      )}
      {select(
        'emotion',
        t('journeys.step.emotion'),
        step.emotion === undefined ? '' : String(step.emotion),
        ['', ...EMOTIONS.map(String)],
        (v) =>
          v === ''
            ? t('journeys.emotion.unset')
            : t(`journeys.emotion.${v as '-2' | '-1' | '0' | '1' | '2'}`),
        (v) => set({ emotion: v === '' ? undefined : Number(v) }),
      )}
      <ListArea
        id={id('pain')}
        label={t('journeys.step.painPoints')}
        items={step.painPoints}
        separator={'\n'}
        readOnly={readOnly}
        onChange={(painPoints) => set({ painPoints })}
      />
      <ListArea
        id={id('opportunities')}
        label={t('journeys.step.opportunities')}
        items={step.opportunities}
        separator={'\n'}
        readOnly={readOnly}
        onChange={(opportunities) => set({ opportunities })}
      />
      <ListArea
        id={id('tags')}
        label={t('journeys.step.tags')}
        items={step.tags}
        separator=","
        readOnly={readOnly}
        onChange={(tags) => set({ tags })}
      />
      {select(
        'handover',
        t('journeys.step.handover'),
        step.handover,
        HANDOVER_MODES,
        (v) => t(`journeys.handover.${v}`),
        (handover) => set({ handover }),
      )}
      <StepAssessment journey={journey} stepId={step.id} readOnly={readOnly} onChange={onChange} />
    </fieldset>
  );
}
