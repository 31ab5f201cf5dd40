import { describe, expect, it } from 'vitest';
import { emptyJourney, journeyMetrics } from '../../shared/journey/index.ts';
import { addActor, addStage, addStep, deleteStep, moveStep, removeActor, removeStage } from './edit.ts';

describe('journey edits', () => {
  it('builds a journey from scratch and counts handovers', () => {
    let j = addActor(addActor(emptyJourney('Test'), 'employee', 'Sagsbehandler'), 'external', 'Egen læge');
    j = addStep(j).journey;
    j = addStep(j).journey;
    const second = j.steps[1];
    if (!second) throw new Error('no step');
    j = { ...j, steps: j.steps.map((s, i) => (i === 1 ? { ...s, actorId: 'a2' } : s)) };
    expect(journeyMetrics(j).handovers).toBe(1);
    expect(moveStep(j, 1, -1).steps.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(moveStep(j, 0, -1)).toBe(j);
    expect(deleteStep(j, 0).steps.map((s) => s.id)).toEqual(['s2']);
  });

  it('keeps actors that are in use and clears removed stages from steps', () => {
    let j = addActor(emptyJourney('Test'), 'department', 'Ydelse');
    j = addStage(j, 'Afklaring');
    j = addStep(j).journey;
    j = { ...j, steps: j.steps.map((s) => ({ ...s, stageId: 'f1' })) };
    expect(removeActor(j, 'a1')).toBe(j);
    expect(removeStage(j, 'f1').steps[0]?.stageId).toBeUndefined();
  });

  it('does nothing when there is no actor to give a step', () => {
    const j = emptyJourney('Tom');
    expect(addStep(j)).toEqual({ journey: j, index: -1 });
  });
});
