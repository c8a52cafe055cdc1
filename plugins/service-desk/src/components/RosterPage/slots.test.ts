import { RosterChange, RosterSlot } from '@internal/plugin-service-desk-common';
import { Settings } from 'luxon';
import { rosterView } from '../../__testUtils__/fixtures';
import { isPlannable } from './slots';

describe('isPlannable', () => {
  // Monday 2026-11-30 10:00 in Shanghai: the desk slot (08:00–18:00) has begun, the duty slot not.
  beforeEach(() => {
    Settings.now = () => Date.parse('2026-11-30T02:00:00Z');
  });
  afterEach(() => {
    Settings.now = () => Date.now();
  });
  const [desk, duty] = rosterView(
    '2026-11-30',
    '2026-11-30',
    () => 'user:default/li.na',
  ).slots;
  const change = (status: RosterChange['status']) =>
    ({ status } as RosterChange);

  it.each<[string, RosterSlot, boolean]>([
    ['an empty slot, even once begun', { ...desk, holder: undefined }, true],
    ['a planned slot that has begun', desk, false],
    ['a planned slot to come', duty, true],
    [
      'a slot with a pending change',
      { ...duty, changes: [change('pending')] },
      false,
    ],
    [
      'a slot with an approved change',
      { ...duty, changes: [change('approved')] },
      false,
    ],
    [
      'a slot whose only change was refused',
      { ...duty, changes: [change('rejected')] },
      true,
    ],
  ])('%s', (_what, slot, plannable) => {
    expect(isPlannable(slot)).toBe(plannable);
  });
});
