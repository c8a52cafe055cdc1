import { screen } from '@testing-library/react';
import { mockDeskApi, renderDesk, ticket } from '../../__testUtils__/fixtures';
import { SlaClocks } from './SlaClocks';

const MIN = 60_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe('SlaClocks', () => {
  it('shows a long overdue clock in days and hours, not 446:51:58', async () => {
    // Reached the desk 60 min + 446 h 51 min 58 s ago, still open, the people told long ago.
    const overdue = 60 * MIN + (446 * 60 + 51) * MIN + 58_000;
    await renderDesk(
      <SlaClocks
        ticket={ticket({
          emergency: true,
          occurredAt: ago(overdue + 5 * MIN),
          acceptedAt: ago(overdue),
          notifiedAt: ago(overdue - 5 * MIN),
        })}
      />,
      mockDeskApi(),
    );
    expect(screen.getByTestId('sla-emergencyClose')).toHaveTextContent(
      'Close: 18 d 14 h overdue',
    );
    expect(screen.getByTestId('sla-emergencyResponse')).toHaveTextContent(
      'Response: met',
    );
  });

  it('counts hours and minutes past an hour, mm:ss under one', async () => {
    // Occurred and reached the desk 2 min ago: 13 min to respond, 58 min to close.
    await renderDesk(
      <SlaClocks
        ticket={ticket({
          emergency: true,
          occurredAt: ago(2 * MIN),
          acceptedAt: ago(2 * MIN),
        })}
      />,
      mockDeskApi(),
    );
    expect(screen.getByTestId('sla-emergencyResponse')).toHaveTextContent(
      /^Response: 1[23]:\d\d left$/,
    );
    expect(screen.getByTestId('sla-emergencyClose')).toHaveTextContent(
      /^Close: 5[78]:\d\d left$/,
    );
  });

  it('reads an hour and more as "h min"', async () => {
    // Reached the desk 3 h 05 min 30 s ago: 2 h 05 min past the 60 min close limit.
    const since = (3 * 60 + 5) * MIN + 30_000;
    await renderDesk(
      <SlaClocks
        ticket={ticket({
          emergency: true,
          occurredAt: ago(since),
          acceptedAt: ago(since),
          notifiedAt: ago(since - MIN),
        })}
      />,
      mockDeskApi(),
    );
    expect(screen.getByTestId('sla-emergencyClose')).toHaveTextContent(
      /^Close: 2 h 0[56] min overdue$/,
    );
  });
});
