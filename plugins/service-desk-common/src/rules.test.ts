import { categoryPaths, categoryTitles } from './categories';
import { formatDisplayId } from './displayId';
import { priorityOf } from './priority';
import { normalizeEntityRef } from './refs';
import { resolveRoles } from './roles';
import { createTicketSchema, describeZodError } from './validation';

describe('resolveRoles', () => {
  const membership = {
    agent: ['group:default/desk-agents'],
    lead: ['group:default/desk-leads', 'user:default/acting-lead'],
    manager: ['group:default/it-managers'],
  };
  it.each<[string[], string[]]>([
    [['user:default/li.na', 'group:default/desk-agents'], ['agent']],
    [
      [
        'user:default/wang.fang',
        'group:default/Desk-Leads',
        'group:default/it-managers',
      ],
      ['lead', 'manager'],
    ],
    [['user:default/acting-lead'], ['lead']],
    [['user:default/nobody', 'group:default/engineers'], []],
  ])('%j → %j', (owned, expected) => {
    expect([...resolveRoles(owned, membership)].sort()).toEqual(expected);
  });
});

describe('priorityOf', () => {
  const matrix = {
    impacts: ['high', 'low'],
    urgencies: ['high', 'low'],
    matrix: { high: { high: 'P1', low: 'P3' }, low: { high: 'P3', low: 'P4' } },
  };
  it('reads the impact × urgency cell', () => {
    expect(priorityOf(matrix, 'high', 'high')).toBe('P1');
    expect(priorityOf(matrix, 'low', 'high')).toBe('P3');
  });
  it('has no priority outside the matrix', () => {
    expect(priorityOf(matrix, 'medium', 'high')).toBeUndefined();
    expect(
      priorityOf(
        { ...matrix, matrix: { high: { high: 'P9' } } },
        'high',
        'high',
      ),
    ).toBeUndefined();
  });
});

describe('formatDisplayId', () => {
  it('buckets by the month in the desk time zone', () => {
    // 2026-11-30T17:00Z is already 1 December in Shanghai (UTC+8).
    expect(
      formatDisplayId(
        'SD',
        new Date('2026-11-30T17:00:00Z'),
        'Asia/Shanghai',
        42,
      ),
    ).toBe('SD-202612-00042');
    expect(
      formatDisplayId('SD', new Date('2026-11-30T17:00:00Z'), 'UTC', 7),
    ).toBe('SD-202611-00007');
  });
});

describe('categoryPaths', () => {
  it('lists parents and children as paths', () => {
    expect(
      categoryPaths([
        { id: 'app', title: 'A', children: [{ id: 'fault', title: 'F' }] },
        { id: 'other', title: 'O' },
      ]),
    ).toEqual(['app', 'app/fault', 'other']);
  });
  it('titles a child with its parent', () => {
    expect(
      categoryTitles([
        { id: 'app', title: 'A', children: [{ id: 'fault', title: 'F' }] },
      ]).get('app/fault'),
    ).toBe('A / F');
  });
});

describe('normalizeEntityRef', () => {
  it('fills defaults and lower-cases', () => {
    expect(normalizeEntityRef('Zhang.Wei', { defaultKind: 'user' })).toBe(
      'user:default/zhang.wei',
    );
    expect(normalizeEntityRef('component:ems')).toBe('component:default/ems');
  });
});

describe('createTicketSchema', () => {
  const valid = {
    kind: 'incident',
    impact: 'high',
    urgency: 'high',
    category: 'app',
    title: 'SCADA slow',
    description: 'Screens refresh late',
    reporter: { name: 'Zhou' },
    channel: 'phone',
    entityRef: 'component:default/ems',
  };
  it('accepts a complete ticket', () => {
    expect(createTicketSchema.safeParse(valid).success).toBe(true);
  });
  it.each<[string, object, RegExp]>([
    [
      'an emergency without occurredAt',
      { emergency: true },
      /occurredAt: an emergency needs occurredAt/,
    ],
    ['a blank title', { title: '   ' }, /title: must not be empty/],
    ['an unknown kind', { kind: 'outage' }, /kind/],
    [
      'a bad entity ref',
      { entityRef: 'not a ref!' },
      /entityRef: must be an entity ref/,
    ],
    [
      'a date without zone',
      { emergency: true, occurredAt: '2026-11-28T10:00:00' },
      /occurredAt: must name its time zone/,
    ],
    ['an unknown field', { secret: 1 }, /secret|Unrecognized/],
    [
      'a non-user reporter ref',
      { reporter: { name: 'x', userRef: 'group:default/g' } },
      /reporter.userRef: must be a user entity ref/,
    ],
  ])('refuses %s, naming the field', (_name, patch, message) => {
    const result = createTicketSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(describeZodError(result.error!)).toMatch(message);
  });
});
