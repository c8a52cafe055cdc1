import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TICKET_SIGNAL_CHANNEL } from '@internal/plugin-service-desk-common';
import { mockDeskApi, renderDesk, ticket } from '../../__testUtils__/fixtures';
import { mockSignalApi } from '../../__testUtils__/mockSignalApi';
import { DeskPage } from './DeskPage';

describe('DeskPage', () => {
  it('opens on the new queue for the desk and switches queues on the server', async () => {
    const api = mockDeskApi();
    api.listTickets.mockResolvedValue({
      items: [ticket({ state: 'new' })],
      totalCount: 1,
    });
    await renderDesk(<DeskPage />, api);
    expect(await screen.findByText('SD-202611-00007')).toBeInTheDocument();
    expect(
      screen.getByText('Hotline 0731-85334136 · 7×24'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Roster' })).toHaveAttribute(
      'href',
      '/service-desk/roster',
    );
    // 39 of 40 calls in 20 s today; the desk specialists on shift until 18:00 Shanghai time.
    expect(
      await screen.findByText('Today answered within 20 s: 97.5% (39/40)'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('desk-status')).toHaveTextContent(
      'On shift now: desk specialists li.na until 2026-11-30 18:00 · Next: duty officers chen.jie until 2026-12-01 08:00',
    );
    expect(api.listTickets).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: ['new'], limit: 25 }),
    );
    await userEvent.click(screen.getByRole('tab', { name: 'Emergencies' }));
    await waitFor(() =>
      expect(api.listTickets).toHaveBeenLastCalledWith(
        expect.objectContaining({
          emergency: true,
          state: ['new', 'with_pm', 'with_engineer', 'with_tech_support'],
        }),
      ),
    );
    await userEvent.click(
      screen.getByRole('tab', { name: 'Awaiting callback' }),
    );
    await waitFor(() =>
      expect(api.listTickets).toHaveBeenLastCalledWith(
        expect.objectContaining({
          state: ['awaiting_callback'],
          order: 'oldest',
        }),
      ),
    );
    await userEvent.click(screen.getByRole('tab', { name: 'Waiting on me' }));
    await waitFor(() =>
      expect(api.listTickets).toHaveBeenLastCalledWith(
        expect.objectContaining({ waitingOn: 'me' }),
      ),
    );
    // "Waiting on me" asks for no states: the server's rule leaves closed tickets out.
    expect(api.listTickets.mock.lastCall![0].state).toBeUndefined();
    await userEvent.click(screen.getByRole('tab', { name: 'Closed' }));
    await waitFor(() =>
      expect(api.listTickets).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: ['closed'] }),
      ),
    );
    expect(api.listTickets.mock.lastCall![0].waitingOn).toBeUndefined();
  });

  it('lands people outside the desk on what waits on them', async () => {
    const api = mockDeskApi({
      getMe: jest.fn().mockResolvedValue({
        userRef: 'user:default/zhang.wei',
        roles: ['projectManager'],
      }),
    });
    await renderDesk(<DeskPage />, api);
    await waitFor(() =>
      expect(api.listTickets).toHaveBeenCalledWith(
        expect.objectContaining({ waitingOn: 'me' }),
      ),
    );
    expect(
      await screen.findByRole('tab', { name: 'Waiting on me', selected: true }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Roster' }),
    ).not.toBeInTheDocument();
  });

  it('sorts by SLA time left on the server when asked, over the queue’s own order', async () => {
    const api = mockDeskApi();
    await renderDesk(<DeskPage />, api);
    await userEvent.click(
      await screen.findByRole('tab', { name: 'Awaiting callback' }),
    );
    await userEvent.click(screen.getByLabelText('Sort'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Time left (SLA)' }),
    );
    await waitFor(() =>
      expect(api.listTickets).toHaveBeenLastCalledWith(
        expect.objectContaining({
          state: ['awaiting_callback'],
          order: 'deadline',
        }),
      ),
    );
  });

  it('searches and filters on the server, dates in the desk time zone', async () => {
    const api = mockDeskApi();
    await renderDesk(<DeskPage />, api);
    await userEvent.type(
      await screen.findByLabelText('Search title, description or id'),
      'SCADA',
    );
    await userEvent.type(screen.getByLabelText('Accepted from'), '2026-11-01');
    await waitFor(() =>
      expect(api.listTickets).toHaveBeenLastCalledWith(
        expect.objectContaining({
          q: 'SCADA',
          from: '2026-10-31T16:00:00.000Z',
        }),
      ),
    );
  });

  it('shows the live SLA clocks of an open emergency', async () => {
    const api = mockDeskApi();
    const now = Date.now();
    api.listTickets.mockResolvedValue({
      items: [
        ticket({
          emergency: true,
          state: 'with_pm',
          occurredAt: new Date(now - 5 * 60_000).toISOString(),
          acceptedAt: new Date(now - 3 * 60_000).toISOString(),
        }),
      ],
      totalCount: 1,
    });
    await renderDesk(<DeskPage />, api);
    expect(
      await screen.findByTestId('sla-emergencyResponse'),
    ).toHaveTextContent(/Response: (9|10):\d\d left/);
    expect(screen.getByTestId('sla-emergencyClose')).toHaveTextContent(
      /Close: 5\d:\d\d left/,
    );
  });

  it('reloads the list once when tickets change, however many signals arrive', async () => {
    const api = mockDeskApi();
    const signals = mockSignalApi();
    await renderDesk(<DeskPage />, api, { signals: signals.api });
    await waitFor(() => expect(api.listTickets).toHaveBeenCalledTimes(1));
    api.listTickets.mockResolvedValue({
      items: [ticket({ state: 'new', displayId: 'SD-202611-00008' })],
      totalCount: 1,
    });
    for (const id of ['8', '9', '10']) {
      signals.send(TICKET_SIGNAL_CHANNEL, {
        ticketId: id,
        displayId: `SD-202611-${id.padStart(5, '0')}`,
        state: 'new',
        version: 1,
      });
    }
    expect(await screen.findByText('SD-202611-00008')).toBeInTheDocument();
    expect(api.listTickets).toHaveBeenCalledTimes(2);
    expect(api.listTickets).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: ['new'] }),
    );
  });
});
