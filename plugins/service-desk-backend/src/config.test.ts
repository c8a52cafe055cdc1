import { ConfigReader } from '@backstage/config';
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

  it('reads impact, urgency and category labels in both languages, and plain ids', () => {
    const c = read({
      priority: {
        impacts: [{ id: 'high', label: { en: 'High', zh: '高' } }, 'low'],
        urgencies: ['high', 'low'],
        matrix: { high: { high: 'P1', low: 'P3' }, low: { high: 'P3' } },
      },
      categories: [{ id: 'network', title: { en: 'Network', zh: '网络' } }],
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

  it('refuses a time zone that is not IANA', () => {
    expect(() => read({ timeZone: 'China/Beijing' })).toThrow(
      /not an IANA time zone/,
    );
  });
});
