import { type KeyboardEvent, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import type { Journey } from '../../shared/journey/index.ts';
import { ApiError } from '../api/errors.ts';
import type { Unit } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useToast } from '../ui/Toast.tsx';
import { ActorsEditor } from './ActorsEditor.tsx';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { type JourneyDetail, journeysApi } from './api.ts';
import { CjmlExchange } from './CjmlExchange.tsx';
import { DetailsForm } from './DetailsForm.tsx';
import { DrawingView } from './DrawingView.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { ExperiencePanel } from './ExperiencePanel.tsx';
import { FilesPanel } from './FilesPanel.tsx';
import { JOURNEY_TABS, type JourneyTab, JourneyTabs } from './JourneyTabs.tsx';
import { StagesEditor } from './StagesEditor.tsx';
import { StepsArea } from './StepsArea.tsx';
import { StepTextList } from './StepTextList.tsx';
import { SwimlaneView } from './SwimlaneView.tsx';
import { TimelineView } from './TimelineView.tsx';
import { useStructural } from './useStructural.ts';
import { useUndoable } from './useUndoable.ts';
import { VersionsPanel } from './VersionsPanel.tsx';

interface Props {
  detail: JourneyDetail | null;
  initial: Journey;
  units: Unit[];
  readOnly: boolean;
}

const isTextInput = (target: EventTarget) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'range');

/**
 * The journey editor: details, actors, stages and steps on the left; the drawing, the line view,
 * metrics and hotspots update live from the same state. Every edit is one undo step (typing in one
 * field coalesces); saving creates a new version on the server.
 */
export function JourneyEditor({ detail, initial, units, readOnly }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [, navigate] = useLocation();
  const history = useUndoable(initial);
  const journey = history.value;
  const shown = useDeferredValue(journey);
  // Actors and stages only change with the structure, so their editors skip keystrokes in descriptions.
  const structural = useStructural(journey);
  const [selected, setSelected] = useState(-1);
  const [saved, setSaved] = useState<{ version: number; journey: Journey; count: number }>({
    version: detail?.version ?? 0,
    journey: initial,
    count: 0,
  });
  const [error, setError] = useState<ApiError | null>(null);
  const drawingRef = useRef<SVGSVGElement>(null);
  const lanesRef = useRef<SVGSVGElement>(null);
  const timelineRef = useRef<SVGSVGElement>(null);
  const edit = history.set;
  const selectedId = journey.steps[selected]?.id;
  const highlight = useMemo(() => new Set(selectedId ? [selectedId] : []), [selectedId]);
  const stepsRef = useRef(journey.steps);
  stepsRef.current = journey.steps;
  // Stable, so the memoised swimlanes do not re-render on every keystroke.
  const selectStepById = useCallback(
    (id: string) => setSelected(stepsRef.current.findIndex((s) => s.id === id)),
    [],
  );
  const [search, setSearch] = useSearchParams();
  // A new journey starts where it is built (the steps tab), a saved one with its drawing. The tab is
  // local state (instant), mirrored into `?tab=` so a reload or a shared link opens the same tab.
  const [tab, setTab] = useState<JourneyTab>(
    () => JOURNEY_TABS.find((x) => x === search.get('tab')) ?? (detail ? 'drawing' : 'steps'),
  );
  const selectTab = (next: JourneyTab) => {
    setTab(next);
    const params = new URLSearchParams(search);
    params.set('tab', next);
    setSearch(params, { replace: true });
  };
  const save = async (note: string) => {
    setError(null);
    try {
      if (!detail) {
        const created = await journeysApi.create(journey, note);
        toast({ message: t('journeys.editor.created'), tone: 'success' });
        navigate(`/journeys/${created.id}`, { replace: true });
        return;
      }
      const next = await journeysApi.save(detail.id, saved.version, journey, note);
      setSaved({ version: next.version, journey, count: saved.count + 1 });
      toast({ message: t('journeys.editor.saved', { version: next.version }), tone: 'success' });
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
    }
  };
  const copyAsToBe = async () => {
    const copy = {
      ...journey,
      status: 'to_be' as const,
      title: `${journey.title} ${t('journeys.editor.copySuffix')}`,
    };
    try {
      const created = await journeysApi.create(copy);
      navigate(`/journeys/${created.id}`);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (readOnly || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    // Ctrl+S saves from anywhere, also from inside a text field, as in any editor.
    if (key === 's') {
      event.preventDefault();
      void save('');
      return;
    }
    if (isTextInput(event.target)) return;
    if (key === 'z' && !event.shiftKey) history.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) history.redo();
    else return;
    event.preventDefault();
  };
  const fieldError = (path: string) => error?.fields.find((f) => f.path === path)?.message;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: catches Ctrl+Z/Ctrl+Y bubbling from the editor's own controls
    <div className="journey-editor" onKeyDown={onKeyDown}>
      <p>
        <Link to="/journeys">← {t('journeys.editor.back')}</Link>
      </p>
      <PageHeader title={journey.title || t('journeys.editor.new')} intro={journey.persona || undefined} />
      <EditorToolbar
        history={history}
        isNew={!detail}
        readOnly={readOnly}
        dirty={journey !== saved.journey}
        version={saved.version}
        error={error}
        onSave={save}
        onCopyAsToBe={detail ? copyAsToBe : undefined}
      />
      <JourneyTabs
        active={tab}
        label={t('journeys.tabs.label')}
        labels={{
          drawing: t('journeys.tabs.drawing'),
          steps: t('journeys.tabs.steps'),
          metrics: t('journeys.tabs.metrics'),
          assessment: t('journeys.tabs.assessment'),
          versions: t('journeys.tabs.versions'),
        }}
        onSelect={selectTab}
        panels={{
          drawing: (
            <>
              <div className="journey-views">
                <section className="section" aria-labelledby="jr-drawing">
                  <h2 id="jr-drawing">{t('journeys.section.drawing')}</h2>
                  <DrawingView
                    journey={shown}
                    selectedStepId={selectedId ?? null}
                    onSelectStep={selectStepById}
                    svgRef={drawingRef}
                    onChange={readOnly ? undefined : edit}
                  />
                </section>
                <section className="section" aria-labelledby="jr-lanes">
                  <h2 id="jr-lanes">{t('journeys.lanes.title')}</h2>
                  <SwimlaneView
                    journey={structural}
                    title={journey.title}
                    svgRef={lanesRef}
                    highlightStepIds={highlight}
                    onSelectStep={selectStepById}
                  />
                </section>
              </div>
              <StepTextList journey={shown} />
              <section className="section" aria-labelledby="jr-files">
                <h2 id="jr-files">{t('journeys.section.files')}</h2>
                <FilesPanel
                  journey={journey}
                  version={saved.version}
                  drawingRef={drawingRef}
                  lanesRef={lanesRef}
                  timelineRef={timelineRef}
                />
                {detail && (
                  <CjmlExchange
                    journeyId={detail.id}
                    version={saved.version}
                    ownerUnitId={detail.ownerUnitId}
                    canImport={detail.canEdit}
                  />
                )}
              </section>
            </>
          ),
          steps: (
            <>
              <section className="section" aria-labelledby="jr-details">
                <h2 id="jr-details">{t('journeys.section.details')}</h2>
                <DetailsForm
                  journey={journey}
                  units={units}
                  readOnly={readOnly}
                  fieldError={fieldError}
                  focusTitle={!detail && !readOnly}
                  onChange={(patch) =>
                    edit((j) => ({ ...j, ...patch }), `details:${Object.keys(patch).join()}`)
                  }
                />
              </section>
              <section className="section" aria-labelledby="jr-actors">
                <h2 id="jr-actors">{t('journeys.section.actors')}</h2>
                <ActorsEditor journey={structural} units={units} readOnly={readOnly} onChange={edit} />
              </section>
              <section className="section journey-steps-section" aria-labelledby="jr-steps">
                <h2 id="jr-steps">{t('journeys.section.steps')}</h2>
                <StepsArea
                  journey={journey}
                  selected={selected}
                  readOnly={readOnly}
                  onSelect={setSelected}
                  onChange={edit}
                />
              </section>
              <section className="section" aria-labelledby="jr-stages">
                <h2 id="jr-stages">{t('journeys.section.stages')}</h2>
                <StagesEditor journey={structural} readOnly={readOnly} onChange={edit} />
              </section>
            </>
          ),
          metrics: (
            <>
              <section className="section" aria-labelledby="jr-analysis">
                <h2 id="jr-analysis">{t('journeys.section.analysis')}</h2>
                <AnalysisPanel journey={shown} />
              </section>
              <section className="section" aria-labelledby="jr-timeline">
                <h2 id="jr-timeline">{t('journeys.section.timeline')}</h2>
                <TimelineView journey={shown} svgRef={timelineRef} />
              </section>
              {detail && (
                <section className="section" aria-labelledby="jr-experience">
                  <h2 id="jr-experience">{t('journeys.section.experience')}</h2>
                  <ExperiencePanel journeyId={detail.id} journey={journey} />
                </section>
              )}
            </>
          ),
          assessment: (
            <section className="section" aria-labelledby="jr-assessment">
              <h2 id="jr-assessment">{t('journeys.section.assessment')}</h2>
              <AssessmentForm journey={journey} readOnly={readOnly} onChange={edit} />
            </section>
          ),
          versions: (
            <section className="section" aria-labelledby="jr-versions">
              <h2 id="jr-versions">{t('journeys.section.versions')}</h2>
              {detail ? (
                <>
                  <VersionsPanel journeyId={detail.id} shown={saved.version} savedCount={saved.count} />
                  <p>
                    <Link to={`/journeys/compare?before=${detail.id}`}>{t('journeys.list.compare')}</Link>
                  </p>
                </>
              ) : (
                <p className="muted">{t('journeys.tabs.notSaved')}</p>
              )}
            </section>
          ),
        }}
      />
    </div>
  );
}
