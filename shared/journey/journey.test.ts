import { describe, expect, it } from 'vitest';
import { actorBoundary, actorLabel, CITIZEN_NETWORK, OWN_ORGANISATION } from './actor.ts';
import { answeredKeys } from './assessment.ts';
import { journeySchema } from './journey.ts';
import { LIMITS } from './limits.ts';
import { journeyOf } from './test-fixtures.ts';

describe('journeySchema', () => {
  it('fills defaults for a minimal journey', () => {
    const journey = journeySchema.parse({ title: ' Ny rejse ' });
    expect(journey).toEqual({
      title: 'Ny rejse',
      persona: '',
      situation: '',
      ownerUnitId: null,
      status: 'draft',
      stages: [],
      actors: [],
      steps: [],
      assessment: {},
    });
  });

  it('fills step defaults, including handover auto', () => {
    const journey = journeySchema.parse({
      title: 'T',
      actors: [{ id: 'a', kind: 'relative', name: 'Søn' }],
      steps: [{ id: 's1', actorId: 'a', channel: 'phone' }],
    });
    expect(journey.steps[0]).toEqual({
      id: 's1',
      actorId: 'a',
      channel: 'phone',
      description: '',
      painPoints: [],
      opportunities: [],
      tags: [],
      handover: 'auto',
    });
  });

  it('rejects unknown references and duplicate ids with paths', () => {
    const input = {
      ...journeyOf('A B'),
      steps: [
        ...journeyOf('A B').steps,
        { ...journeyOf('A').steps[0], id: 's2', actorId: 'a9', stageId: 'x' },
      ],
      assessment: { too_much: { text: '', stepIds: ['nope'] } },
    };
    const result = journeySchema.safeParse(input);
    expect(result.success).toBe(false);
    const found = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(found).toEqual([
      ['steps.2.id', 'duplicate id "s2"'],
      ['steps.2.actorId', 'unknown actor "a9"'],
      ['steps.2.stageId', 'unknown stage "x"'],
      ['assessment.too_much.stepIds.0', 'unknown step "nope"'],
    ]);
  });

  it('enforces emotion range, id pattern, uuid and the step limit', () => {
    const bad = journeyOf('A', { 0: { emotion: 3 } });
    expect(journeySchema.safeParse(bad).success).toBe(false);
    expect(journeySchema.safeParse(journeyOf('A', { 0: { emotion: 1.5 } })).success).toBe(false);
    expect(journeySchema.safeParse(journeyOf('A', { 0: { id: 'has space' } })).success).toBe(false);
    expect(journeySchema.safeParse({ ...journeyOf(''), ownerUnitId: 'x' }).success).toBe(false);
    const tooMany = journeyOf(Array.from({ length: LIMITS.steps + 1 }, () => 'A').join(' '));
    expect(journeySchema.safeParse(tooMany).success).toBe(false);
    const max = journeyOf(Array.from({ length: LIMITS.steps }, () => 'A').join(' '));
    expect(journeySchema.safeParse(max).success).toBe(true);
  });

  it('requires an organisation on external actors', () => {
    const journey = { title: 'T', actors: [{ id: 'g', kind: 'external', name: 'Læge' }] };
    expect(journeySchema.safeParse(journey).success).toBe(false);
  });
});

describe('actors', () => {
  it('derives boundaries with sensible defaults', () => {
    expect(actorBoundary({ id: 'a', kind: 'employee', profession: 'SSA', department: 'pleje' })).toEqual({
      organisation: OWN_ORGANISATION,
      department: 'pleje',
    });
    expect(actorBoundary({ id: 'dep', kind: 'department', name: 'Ydelse' })).toEqual({
      organisation: OWN_ORGANISATION,
      department: 'dep',
    });
    expect(actorBoundary({ id: 'r', kind: 'relative', name: 'Datter' }).organisation).toBe(CITIZEN_NETWORK);
    expect(actorBoundary({ id: 'g', kind: 'external', name: 'Læge', organisation: 'Lægehuset' })).toEqual({
      organisation: 'Lægehuset',
      department: null,
    });
  });

  it('labels employees by profession with name as sublabel', () => {
    expect(actorLabel({ id: 'a', kind: 'employee', profession: 'Visitator', name: 'Hanne' })).toEqual({
      label: 'Visitator',
      sublabel: 'Hanne',
    });
    expect(actorLabel({ id: 'g', kind: 'external', name: 'Læge', organisation: 'Læge' }).sublabel).toBeNull();
  });
});

describe('answeredKeys', () => {
  it('lists answered questions in canonical order', () => {
    const keys = answeredKeys({
      needs_coordination: { text: 'x', stepIds: [] },
      too_little: { text: '', stepIds: ['s1'] },
      too_much: { text: '', stepIds: [] },
    });
    expect(keys).toEqual(['too_little', 'needs_coordination']);
  });
});
