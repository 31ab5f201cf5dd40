import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { OBSERVATION_CATEGORIES } from '../../../shared/evaluation/categories.ts';
import { measurableItems } from '../../../shared/evaluation/measures.ts';
import type { Unit } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { surveysApi } from '../../surveys/api.ts';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { UnitPicker } from '../../ui/UnitPicker.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import type { Idea, InitiativeInput } from '../types.ts';
import { CheckList } from './CheckList.tsx';
import { CriteriaEditor, type CriterionDraft, toCriterion } from './CriteriaEditor.tsx';
import { localOptions, toLocalMeasure } from './local-options.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Plans an initiative: what, where, when, measured how, and the success criteria written beforehand. */
export function InitiativeForm({
  units,
  ideas,
  onSave,
}: {
  units: Unit[];
  ideas: Idea[];
  onSave: (input: InitiativeInput) => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const items = useMemo(() => measurableItems(locale), [locale]);
  // The municipality's own scale questions; a user who may not list surveys simply gets none to pick.
  const surveys = useAsync(useCallback((signal: AbortSignal) => surveysApi.list({ signal }), []));
  const locals = useMemo(() => localOptions(surveys.data ?? [], locale), [surveys.data, locale]);
  const [localIds, setLocalIds] = useState<string[]>([]);
  const [v, setV] = useState({
    title: '',
    background: '',
    description: '',
    owner: '',
    design: 'before_after' as InitiativeInput['design'],
    baselineStart: day(-28),
    baselineEnd: day(-1),
    testStart: day(0),
    testEnd: day(27),
    successCriteria: '',
    recommendations: '',
    counts: '',
  });
  const [ideaIds, setIdeaIds] = useState<string[]>([]);
  const [testUnitIds, setTestUnitIds] = useState<string[]>([]);
  const [comparisonUnitIds, setComparisonUnitIds] = useState<string[]>([]);
  const [itemIds, setItemIds] = useState<string[]>(['satisfaction.overall']);
  const [categories, setCategories] = useState<string[]>(['arrival']);
  const [criteria, setCriteria] = useState<CriterionDraft[]>([]);
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setV((old) => ({ ...old, [key]: value }));
  };
  const countLabels = v.counts
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const measureOptions = [
    ...items.filter((i) => itemIds.includes(i.id)).map((i) => ({ id: `item:${i.id}`, label: i.label })),
    ...locals.filter((q) => localIds.includes(q.id)).map((q) => ({ id: `local:${q.id}`, label: q.label })),
    ...OBSERVATION_CATEGORIES.filter((c) => categories.includes(c)).map((c) => ({
      id: `rate:${c}`,
      label: t(`improvement.category.${c}`),
    })),
    ...countLabels.map((label) => ({ id: `count:${label}`, label })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = v.design === 'before_after';
    await onSave({
      title: v.title,
      background: v.background,
      description: v.description,
      owner: v.owner,
      design: v.design,
      baselineStart: before ? v.baselineStart : null,
      baselineEnd: before ? v.baselineEnd : null,
      testStart: v.testStart,
      testEnd: v.testEnd,
      successCriteria: v.successCriteria,
      criteria: criteria.map(toCriterion),
      recommendations: v.recommendations,
      measures: {
        items: itemIds,
        local: localIds.map(toLocalMeasure),
        categories,
        counts: countLabels.map((label) => ({ label, before: null, after: null })),
      },
      ideaIds,
      testUnitIds,
      comparisonUnitIds: before ? [] : comparisonUnitIds,
    });
  };

  return (
    <form className="form" onSubmit={submit} aria-labelledby="new-initiative">
      <h2 id="new-initiative">{t('improvement.initiatives.new')}</h2>
      <TextField
        label={t('improvement.initiatives.name')}
        value={v.title}
        onChange={set('title')}
        maxLength={200}
      />
      <TextAreaField
        label={t('improvement.initiatives.background')}
        optional
        value={v.background}
        onChange={set('background')}
      />
      <TextAreaField
        label={t('improvement.initiatives.description')}
        optional
        value={v.description}
        onChange={set('description')}
      />
      <TextField
        label={t('improvement.initiatives.owner')}
        optional
        value={v.owner}
        onChange={set('owner')}
      />
      <CheckList
        legend={t('improvement.initiatives.ideas')}
        options={ideas.map((i) => ({ id: i.id, label: i.title }))}
        value={ideaIds}
        onChange={setIdeaIds}
      />
      <UnitPicker
        legend={t('improvement.initiatives.testUnits')}
        units={units}
        selected={testUnitIds}
        onChange={setTestUnitIds}
      />
      <SelectField label={t('improvement.initiatives.design')} value={v.design} onChange={set('design')}>
        <option value="before_after">{t('improvement.initiatives.design.before_after')}</option>
        <option value="comparison">{t('improvement.initiatives.design.comparison')}</option>
      </SelectField>
      {v.design === 'before_after' ? (
        <div className="improvement-row">
          <TextField
            label={t('improvement.initiatives.baselineStart')}
            type="date"
            value={v.baselineStart}
            onChange={set('baselineStart')}
          />
          <TextField
            label={t('improvement.initiatives.baselineEnd')}
            type="date"
            value={v.baselineEnd}
            onChange={set('baselineEnd')}
          />
        </div>
      ) : (
        <UnitPicker
          legend={t('improvement.initiatives.comparisonUnits')}
          units={units}
          selected={comparisonUnitIds}
          onChange={setComparisonUnitIds}
        />
      )}
      <div className="improvement-row">
        <TextField
          label={t('improvement.initiatives.testStart')}
          type="date"
          value={v.testStart}
          onChange={set('testStart')}
        />
        <TextField
          label={t('improvement.initiatives.testEnd')}
          type="date"
          value={v.testEnd}
          onChange={set('testEnd')}
        />
      </div>
      <CheckList
        legend={t('improvement.initiatives.items')}
        options={items.map((i) => ({ id: i.id, label: i.label }))}
        value={itemIds}
        onChange={setItemIds}
      />
      {locals.length > 0 && (
        <CheckList
          legend={t('improvement.initiatives.localQuestions')}
          options={locals}
          value={localIds}
          onChange={setLocalIds}
        />
      )}
      <CheckList
        legend={t('improvement.initiatives.categories')}
        options={OBSERVATION_CATEGORIES.map((c) => ({ id: c, label: t(`improvement.category.${c}`) }))}
        value={categories}
        onChange={setCategories}
      />
      <TextAreaField
        label={t('improvement.initiatives.counts')}
        hint={t('improvement.initiatives.countsHint')}
        optional
        value={v.counts}
        onChange={set('counts')}
        rows={2}
      />
      <CriteriaEditor
        rows={criteria}
        measures={measureOptions}
        defaultBy={v.testEnd}
        onChange={setCriteria}
      />
      <TextAreaField
        label={t('improvement.initiatives.criteriaNote')}
        optional
        value={v.successCriteria}
        onChange={set('successCriteria')}
      />
      <TextAreaField
        label={t('improvement.initiatives.recommendations')}
        optional
        value={v.recommendations}
        onChange={set('recommendations')}
      />
      <button type="submit" className="btn btn-primary">
        {t('improvement.initiatives.save')}
      </button>
    </form>
  );
}
