import { describe, expect, it } from 'vitest';
import { analyseContacts, emptyJourney, journeyMetrics, layoutDrawing } from '../../shared/journey/index.ts';
import { addContact, addNamedActor, deleteSteps, placeActor, resetLayout } from './edit-drawing.ts';

/** The drawing's own edits (DrawingTools, dragging): the journey they produce, as the seed reads it. */
describe('edits from the drawing', () => {
  const withActors = () => {
    const a = addNamedActor(emptyJourney('Borger søger hjælp'), 'employee', ' Sagsbehandler ', 'Jobcenter');
    const b = addNamedActor(a.journey, 'external', 'Egen læge', 'Lægehuset');
    return { journey: b.journey, caseworker: a.actorId, doctor: b.actorId };
  };

  it('names the new actor and draws the typed department or organisation as its house', () => {
    const { journey, caseworker, doctor } = withActors();
    expect(journey.actors.find((x) => x.id === caseworker)).toMatchObject({
      kind: 'employee',
      profession: 'Sagsbehandler',
      department: 'Jobcenter',
    });
    expect(journey.actors.find((x) => x.id === doctor)).toMatchObject({
      kind: 'external',
      name: 'Egen læge',
      organisation: 'Lægehuset',
    });
    // A relative has no house: the typed text is not stored anywhere it would be hidden.
    const relative = addNamedActor(journey, 'relative', 'Datter', 'Hjemme');
    expect(relative.journey.actors.at(-1)).toEqual({
      id: relative.actorId,
      kind: 'relative',
      name: 'Datter',
    });
  });

  it('adds one contact per click: from the home, then on from the actor just met', () => {
    const { journey, caseworker, doctor } = withActors();
    let j = addContact(journey, null, caseworker, ' Ringer ').journey;
    j = addContact(j, caseworker, doctor).journey;
    j = addContact(j, doctor, caseworker).journey;
    expect(j.steps.map((s) => [s.actorId, s.description])).toEqual([
      [caseworker, 'Ringer'],
      [doctor, ''],
      [caseworker, ''],
    ]);
    expect(journeyMetrics(j).handovers).toBe(2);
    expect(journeyMetrics(j).boundaryHandovers).toBe(2);
  });

  it('puts a contact from an earlier actor right after that actor’s last step', () => {
    const { journey, caseworker, doctor } = withActors();
    let j = addContact(journey, null, caseworker).journey;
    j = addContact(j, caseworker, doctor).journey;
    const { journey: next, index } = addContact(j, caseworker, doctor, 'Igen');
    expect(index).toBe(1);
    expect(next.steps.map((s) => s.description)).toEqual(['', 'Igen', '']);
  });

  it('starts a contact from the home as the citizen’s own turn, not a handover', () => {
    const { journey, caseworker, doctor } = withActors();
    let j = addContact(journey, null, caseworker).journey;
    j = addContact(j, null, doctor).journey;
    expect(j.steps[1]?.handover).toBe('no');
    expect(analyseContacts(j).filter((c) => c.isHandover)).toHaveLength(0);
  });

  it('keeps dragged positions relative to the home, rounded, until the layout is reset', () => {
    const { journey, doctor } = withActors();
    const placed = placeActor(journey, doctor, 120.4, -59.6);
    expect(placed.layout?.positions[doctor]).toEqual({ x: 120, y: -60 });
    const home = layoutDrawing(placed).home;
    const node = layoutDrawing(placed).nodes.find((n) => n.actorId === doctor);
    expect(node && { x: Math.round(node.x - home.x), y: Math.round(node.y - home.y) }).toEqual({
      x: 120,
      y: -60,
    });
    expect(resetLayout(placed).layout).toBeUndefined();
  });

  it('deletes a line’s steps together and ignores ids already gone', () => {
    const { journey, caseworker, doctor } = withActors();
    let j = addContact(journey, null, caseworker).journey;
    j = addContact(j, caseworker, doctor).journey;
    j = addContact(j, doctor, caseworker).journey;
    const ids = j.steps.map((s) => s.id);
    expect(deleteSteps(j, [ids[1] ?? '', ids[2] ?? '', 'missing']).steps.map((s) => s.id)).toEqual([ids[0]]);
  });
});
