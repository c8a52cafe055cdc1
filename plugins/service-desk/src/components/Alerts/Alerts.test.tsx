import { screen, within } from '@testing-library/react';
import { mockDeskApi, renderDesk, ticket } from '../../__testUtils__/fixtures';
import { DeskPage } from '../DeskPage';
import { TicketAlerts } from './TicketAlerts';

const alert = (id: string, opened: boolean, receivedAt: string) => ({
  id,
  ticketId: '7',
  fingerprint: 'ems-scada/telemetry-stale',
  sender: 'external:monitoring',
  service: 'component:default/ems-scada',
  severity: 'major',
  summary: 'EMS 主站 SCADA 全部遥测不刷新',
  occurredAt: '2026-11-28T00:55:00.000Z',
  receivedAt,
  opened,
});

describe('alerts', () => {
  it("lists a ticket's alerts in the desk's zone, the first as the one that opened it", async () => {
    const api = mockDeskApi();
    api.listTicketAlerts.mockResolvedValue({
      items: [
        alert('1', true, '2026-11-28T01:00:00.000Z'),
        alert('2', false, '2026-11-28T01:02:00.000Z'),
      ],
    });
    await renderDesk(
      <TicketAlerts ticketId="7" timeZone="Asia/Shanghai" />,
      api,
    );
    expect(
      await screen.findByText('Alerts from monitoring (2)'),
    ).toBeInTheDocument();
    const table = screen.getByTestId('ticket-alerts');
    expect(
      within(table).getByText(
        'EMS 主站 SCADA 全部遥测不刷新 · opened this ticket',
      ),
    ).toBeInTheDocument();
    expect(
      within(table).getByText('EMS 主站 SCADA 全部遥测不刷新 · joined it'),
    ).toBeInTheDocument();
    expect(within(table).getByText('2026-11-28 09:02')).toBeInTheDocument();
    expect(api.listTicketAlerts).toHaveBeenCalledWith('7');
  });

  it('shows the desk the alerts it refused, and nothing when there are none', async () => {
    const api = mockDeskApi();
    api.listTickets.mockResolvedValue({ items: [ticket()], totalCount: 1 });
    api.listAlertDeadLetters.mockResolvedValue({
      items: [
        {
          id: '3',
          receivedAt: '2026-11-28T02:00:00.000Z',
          sender: 'external:monitoring',
          status: 400,
          reason: 'service: no catalog entity component:default/no-such',
          body: '{"fingerprint":"x","service":"component:default/no-such"}',
        },
      ],
    });
    await renderDesk(<DeskPage />, api);
    const refused = await screen.findByTestId('refused-alerts');
    expect(screen.getByText('Alerts refused (1)')).toBeInTheDocument();
    expect(
      within(refused).getByText(
        '400: service: no catalog entity component:default/no-such',
      ),
    ).toBeInTheDocument();

    const calm = mockDeskApi();
    calm.listTickets.mockResolvedValue({ items: [ticket()], totalCount: 1 });
    await renderDesk(<DeskPage />, calm);
    expect(await screen.findAllByText('SD-202611-00007')).not.toHaveLength(0);
    expect(calm.listAlertDeadLetters).toHaveBeenCalled();
    expect(screen.getAllByTestId('refused-alerts')).toHaveLength(1);
  });
});
