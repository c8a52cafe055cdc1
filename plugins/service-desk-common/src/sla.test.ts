import { REGULATION_SLA_TARGETS, emergencyMinutes, slaClocks } from './sla';

const at = (hhmm: string) => `2026-11-28T${hhmm}:00.000Z`;

describe('slaClocks (SPEC §5)', () => {
  it('runs the emergency clocks from occurred-at and acceptance', () => {
    const [response, close, timely] = slaClocks(
      { emergency: true, occurredAt: at('09:00'), acceptedAt: at('09:05') },
      new Date(at('09:10')),
      REGULATION_SLA_TARGETS,
    );
    expect(response).toMatchObject({
      kind: 'emergencyResponse',
      deadline: at('09:15'),
      remainingMs: 5 * 60_000,
      breached: false,
    });
    expect(close).toMatchObject({
      kind: 'emergencyClose',
      deadline: at('10:05'),
      remainingMs: 55 * 60_000,
    });
    expect(timely).toMatchObject({
      kind: 'timelyHandling',
      deadline: at('10:05'),
    });
  });

  it('stops the response clock at the notification, breached when later than 15 minutes', () => {
    const [response] = slaClocks(
      {
        emergency: true,
        occurredAt: at('09:00'),
        acceptedAt: at('09:05'),
        notifiedAt: at('09:16'),
      },
      new Date(at('12:00')),
      REGULATION_SLA_TARGETS,
    );
    expect(response).toMatchObject({
      stoppedAt: at('09:16'),
      remainingMs: -60_000,
      breached: true,
    });
  });

  it('counts exactly 15 minutes as met (≤ 15 min)', () => {
    const [response] = slaClocks(
      {
        emergency: true,
        occurredAt: at('09:00'),
        acceptedAt: at('09:00'),
        notifiedAt: at('09:15'),
      },
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
      {
        emergency: false,
        acceptedAt: at('09:00'),
        handedOverAt: at('09:40'),
        closedAt: at('15:00'),
      },
      new Date(at('16:00')),
      REGULATION_SLA_TARGETS,
    );
    expect(timely).toMatchObject({
      stoppedAt: at('09:40'),
      breached: false,
      remainingMs: 20 * 60_000,
    });
    expect(
      slaClocks(
        { emergency: false, acceptedAt: at('09:00') },
        new Date(at('10:30')),
        REGULATION_SLA_TARGETS,
      ),
    ).toEqual([
      expect.objectContaining({
        kind: 'timelyHandling',
        breached: true,
        remainingMs: -30 * 60_000,
      }),
    ]);
  });

  it('keeps the response clock running after a dispatch unless the rule set says a dispatch counts', () => {
    const dispatched = {
      emergency: true,
      occurredAt: at('14:00'),
      acceptedAt: at('14:02'),
      handedOverAt: at('14:10'),
    };
    const [running] = slaClocks(
      dispatched,
      new Date(at('14:30')),
      REGULATION_SLA_TARGETS,
    );
    expect(running).toMatchObject({
      stoppedAt: undefined,
      breached: true,
      remainingMs: -15 * 60_000,
    });
    const [stopped] = slaClocks(dispatched, new Date(at('14:30')), {
      ...REGULATION_SLA_TARGETS,
      dispatchCountsAsNotification: true,
    });
    expect(stopped).toMatchObject({ stoppedAt: at('14:10'), breached: false });
  });
});

describe('emergencyMinutes (SPEC §5, regulation §7.3(2)–(3))', () => {
  // Occurred 14:00, reached the desk 14:02, dispatched 14:10, the desk told the people concerned
  // at 14:20, closed 14:50. Computed by hand:
  const e = {
    occurredAt: at('14:00'),
    acceptedAt: at('14:02'),
    handedOverAt: at('14:10'),
    notifiedAt: at('14:20'),
    closedAt: at('14:50'),
  };
  const asOf = new Date(at('18:00'));

  it.each<[string, object, boolean, number, number]>([
    ['response ends at the notification, not the dispatch', e, false, 20, 48],
    [
      'with dispatchCountsAsNotification the earlier dispatch ends it',
      e,
      true,
      10,
      48,
    ],
    [
      'a notification before the dispatch ends it either way',
      { ...e, notifiedAt: at('14:05') },
      true,
      5,
      48,
    ],
    [
      'never notified: the time so far (asOf)',
      { ...e, notifiedAt: undefined },
      false,
      240,
      48,
    ],
    [
      'still open: close counts up to asOf',
      { ...e, closedAt: undefined },
      false,
      20,
      238,
    ],
    [
      'no occurred-at the desk recorded: from reaching the desk',
      { ...e, occurredAt: undefined },
      false,
      18,
      48,
    ],
  ])('%s', (_name, ticket, dispatchCounts, response, close) => {
    expect(emergencyMinutes(ticket as typeof e, dispatchCounts, asOf)).toEqual({
      responseMinutes: response,
      closeMinutes: close,
    });
  });
});
