import { ConfigReader } from '@backstage/config';
import { regulationRuleSet } from '@internal/plugin-service-desk-common';
import { readServiceDeskConfig } from './config';
import { serviceDeskTestConfig } from './__testUtils__/serviceDeskTestConfig';

const read = (overrides: object) =>
  readServiceDeskConfig(
    new ConfigReader({
      serviceDesk: { ...serviceDeskTestConfig(), ...overrides },
    }),
  );

describe('serviceDesk config', () => {
  it('reads the roster approval threshold, 4 hours unless configured', () => {
    expect(read({ roster: undefined }).roster.halfDayHours).toBe(4);
    expect(read({ roster: { halfDayHours: 3.5 } }).roster.halfDayHours).toBe(
      3.5,
    );
  });

  it.each([0, -1, 25])('refuses a threshold of %p hours at start-up', hours => {
    expect(() => read({ roster: { halfDayHours: hours } })).toThrow(
      /serviceDesk.roster.halfDayHours must be/,
    );
  });

  it('reads the appeal window and the decision cache, with their defaults', () => {
    const defaults = read({ scorecard: undefined, permissions: undefined });
    expect(defaults.scorecard.appealDays).toBe(10);
    expect(defaults.permissions.decisionCacheSeconds).toBe(10);
    const set = read({
      scorecard: { appealDays: 0 },
      permissions: { decisionCacheSeconds: 0 },
    });
    expect(set.scorecard.appealDays).toBe(0);
    expect(set.permissions.decisionCacheSeconds).toBe(0);
  });

  it('reads how long routing keeps catalog entities, 30 seconds unless configured', () => {
    const routing = serviceDeskTestConfig().routing;
    const at = (seconds?: number) =>
      read({ routing: { ...routing, catalogCacheSeconds: seconds } }).routing
        .catalogCacheSeconds;
    expect(at(undefined)).toBe(30);
    expect(at(0)).toBe(0);
    expect(at(120)).toBe(120);
    expect(() => at(-1)).toThrow(
      /serviceDesk.routing.catalogCacheSeconds must be from 0/,
    );
    expect(() => at(3600)).toThrow(/catalogCacheSeconds must be/);
  });

  it.each<[string, object, RegExp]>([
    ['half a day', { scorecard: { appealDays: 1.5 } }, /appealDays must be/],
    ['no window at all', { scorecard: { appealDays: -1 } }, /appealDays/],
    [
      'a cache of an hour',
      { permissions: { decisionCacheSeconds: 3600 } },
      /decisionCacheSeconds must be/,
    ],
  ])('refuses %s at start-up', (_case, overrides, message) => {
    expect(() => read(overrides)).toThrow(message);
  });

  it("reads the alerts' senders and severities, checked against the matrix and the categories", () => {
    const alerts = read({}).alerts;
    expect(alerts.senders).toEqual(['external:monitoring']);
    expect(alerts.severities.critical).toEqual({
      impact: 'high',
      urgency: 'high',
      emergency: true,
    });
    expect(read({ alerts: undefined }).alerts).toMatchObject({
      senders: [],
      category: 'application/fault',
    });
    expect(() =>
      read({
        alerts: {
          senders: ['external:monitoring'],
          severities: { odd: { impact: 'huge', urgency: 'high' } },
        },
      }),
    ).toThrow(
      "serviceDesk.alerts.severities.odd: 'huge' × 'high' is not in the priority matrix",
    );
    expect(() =>
      read({
        alerts: { senders: ['external:monitoring'], category: 'nowhere' },
      }),
    ).toThrow(
      "serviceDesk.alerts.category 'nowhere' is not a configured category",
    );
  });

  it('reads impact, urgency and category labels in both languages, and plain ids', () => {
    const c = read({
      priority: {
        impacts: [{ id: 'high', label: { en: 'High', zh: '高' } }, 'low'],
        urgencies: ['high', 'low'],
        matrix: { high: { high: 'P1', low: 'P3' }, low: { high: 'P3' } },
      },
      categories: [{ id: 'network', title: { en: 'Network', zh: '网络' } }],
      // Alerts open tickets of a configured category: none of this tree is configured for them.
      alerts: undefined,
    });
    expect(c.priority.impacts).toEqual(['high', 'low']);
    expect(c.priority.labels?.impacts).toEqual({
      high: { en: 'High', zh: '高' },
    });
    expect(c.categories).toEqual([
      { id: 'network', title: { en: 'Network', zh: '网络' } },
    ]);
  });

  it('refuses a category title that is neither a string nor { en, zh } at start-up', () => {
    expect(() =>
      read({ categories: [{ id: 'network', title: { de: 'Netz' } }] }),
    ).toThrow(/serviceDesk.categories.0.title/);
  });

  it('reads dated rule-set versions: a year and its amendment', () => {
    const amendment = {
      ...regulationRuleSet(2026),
      version: '2026.2',
      effectiveFrom: '2026-07-01',
    };
    expect(
      read({ ruleSets: [regulationRuleSet(2026), amendment] }).ruleSets,
    ).toEqual([regulationRuleSet(2026), amendment]);
  });

  it.each<[string, object, string]>([
    [
      'an unreal first day',
      { version: '2026.2', effectiveFrom: '2026-13-01' },
      'serviceDesk.ruleSets[1].effectiveFrom: must be a real day written yyyy-MM-dd',
    ],
    [
      'a version YAML read as a number',
      { version: 2026.2, effectiveFrom: '2026-07-01' },
      "serviceDesk.ruleSets[1].version: must be text; quote it in YAML ('2026.2')",
    ],
    [
      'an amendment without its own version',
      { effectiveFrom: '2026-07-01' },
      "serviceDesk.ruleSets[1].version: version '2026' is already [0]'s",
    ],
  ])('refuses %s at start-up, naming the path', (_name, patch, message) => {
    expect(() =>
      read({
        ruleSets: [
          regulationRuleSet(2026),
          { ...regulationRuleSet(2026), ...patch },
        ],
      }),
    ).toThrow(`Invalid serviceDesk.ruleSets: ${message}`);
  });

  it('refuses rule sets that are not a list', () => {
    expect(() => read({ ruleSets: { year: 2026 } })).toThrow(
      'Invalid serviceDesk.ruleSets: serviceDesk.ruleSets: expected a list',
    );
  });

  it('refuses a time zone that is not IANA', () => {
    expect(() => read({ timeZone: 'China/Beijing' })).toThrow(
      /not an IANA time zone/,
    );
  });
});
