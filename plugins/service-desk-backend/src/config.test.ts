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

  it('refuses a time zone that is not IANA', () => {
    expect(() => read({ timeZone: 'China/Beijing' })).toThrow(
      /not an IANA time zone/,
    );
  });
});
