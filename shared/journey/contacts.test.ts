import { describe, expect, it } from 'vitest';
import { analyseContacts } from './contacts.ts';
import { journeyOf } from './test-fixtures.ts';

const handovers = (sequence: string, extra = {}) =>
  analyseContacts(journeyOf(sequence, extra)).map((contact) => contact.handoverSource);

describe('analyseContacts', () => {
  it('is empty for an empty journey', () => {
    expect(analyseContacts(journeyOf(''))).toEqual([]);
  });

  it('never treats the first contact as a handover, even when marked yes', () => {
    expect(handovers('A', { 0: { handover: 'yes' } })).toEqual([null]);
  });

  it('derives handovers when the actor changes, not for consecutive steps with the same actor', () => {
    expect(handovers('A A B B A')).toEqual([null, null, 'derived', null, 'derived']);
  });

  it('lets explicit yes/no override the derivation', () => {
    expect(handovers('A A B C', { 1: { handover: 'yes' }, 2: { handover: 'no' } })).toEqual([
      null,
      'explicit',
      null,
      'derived',
    ]);
  });

  it('detects department and organisation crossings', () => {
    const contacts = analyseContacts(journeyOf('A B C D G H R S'));
    const crossings = contacts.map((c) => [c.crossesDepartment, c.crossesOrganisation]);
    expect(crossings).toEqual([
      [false, false], // first contact
      [false, false], // A→B same jobcenter
      [true, false], // jobcenter → sundhed
      [true, false], // sundhed → department D (own key)
      [false, true], // municipality → GP
      [false, true], // GP → hospital
      [false, true], // hospital → relative
      [false, true], // relative → self-service (municipality)
    ]);
  });

  it('never marks a crossing without a handover', () => {
    const contacts = analyseContacts(journeyOf('A G', { 1: { handover: 'no' } }));
    expect(contacts[1]).toMatchObject({ isHandover: false, crossesOrganisation: false });
  });

  it('flags non-consecutive returns only', () => {
    const returns = analyseContacts(journeyOf('A A B A C A A')).map((c) => c.isReturn);
    expect(returns).toEqual([false, false, false, true, false, true, false]);
  });

  it('accumulates time, treating missing durations as zero', () => {
    const contacts = analyseContacts(
      journeyOf('A B C', {
        0: { durationMinutes: 10 },
        1: { waitingMinutes: 100 },
        2: { durationMinutes: 0 },
      }),
    );
    expect(contacts.map((c) => [c.startMinute, c.endMinute])).toEqual([
      [0, 10],
      [110, 110],
      [110, 110],
    ]);
  });
});
