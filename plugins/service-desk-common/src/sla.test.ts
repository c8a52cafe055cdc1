import { REGULATION_SLA_TARGETS, slaClocks } from './sla';

const at = (hhmm: string) => `2026-11-28T${hhmm}:00.000Z`;

describe('slaClocks (SPEC §5)', () => {
  it('runs the emergency clocks from occurred-at and acceptance', () => {
    const [response, close, timely] = slaClocks(
      { emergency: true, occurredAt: at('09:00'), acceptedAt: at('09:05') },
      new Date(at('09:10')),
      REGULATION_SLA_TARGETS,
    );
    expect(response).toMatchObject({ kind: 'emergencyResponse', deadline: at('09:15'), remainingMs: 5 * 60_000, breached: false });
    expect(close).toMatchObject({ kind: 'emergencyClose', deadline: at('10:05'), remainingMs: 55 * 60_000 });
    expect(timely).toMatchObject({ kind: 'timelyHandling', deadline: at('10:05') });
  });

  it('stops the response clock at the notification, breached when later than 15 minutes', () => {
    const [response] = slaClocks(
      { emergency: true, occurredAt: at('09:00'), acceptedAt: at('09:05'), notifiedAt: at('09:16') },
      new Date(at('12:00')),
      REGULATION_SLA_TARGETS,
    );
    expect(response).toMatchObject({ stoppedAt: at('09:16'), remainingMs: -60_000, breached: true });
  });

  it('counts exactly 15 minutes as met (≤ 15 min)', () => {
    const [response] = slaClocks(
      { emergency: true, occurredAt: at('09:00'), acceptedAt: at('09:00'), notifiedAt: at('09:15') },
      new Date(at('12:00')),
      REGULATION_SLA_TARGETS,
    );
    expect(response.breached).toBe(false);
  });

  it('needs timely handling under one hour: exactly 60 minutes is late (§7.4 item 2)', () => {
    const [timely] = slaClocks(
      { emergency: false, acceptedAt: at('09:00'), handedOverAt: at('10:00') },
      new Date(at('12:00')),
      REGULATION_SLA_TARGETS,
    );
    expect(timely.breached).toBe(true);
  });

  it('stops timely handling at the first hand-over to a PM or the close', () => {
    const [timely] = slaClocks(
      { emergency: false, acceptedAt: at('09:00'), handedOverAt: at('09:40'), closedAt: at('15:00') },
      new Date(at('16:00')),
      REGULATION_SLA_TARGETS,
    );
    expect(timely).toMatchObject({ stoppedAt: at('09:40'), breached: false, remainingMs: 20 * 60_000 });
    expect(slaClocks({ emergency: false, acceptedAt: at('09:00') }, new Date(at('10:30')), REGULATION_SLA_TARGETS)).toEqual([
      expect.objectContaining({ kind: 'timelyHandling', breached: true, remainingMs: -30 * 60_000 }),
    ]);
  });
});
