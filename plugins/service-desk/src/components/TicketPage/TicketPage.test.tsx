import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TICKET_SIGNAL_CHANNEL } from '@internal/plugin-service-desk-common';
import {
  events,
  mockDeskApi,
  renderDesk,
  ticket,
  withTicket,
} from '../../__testUtils__/fixtures';
import { mockSignalApi } from '../../__testUtils__/mockSignalApi';
import { people } from '../../__testUtils__/people';
import { TicketPage } from './TicketPage';

const renderTicket = (
  api: ReturnType<typeof mockDeskApi>,
  signals?: ReturnType<typeof mockSignalApi>,
) =>
  renderDesk(<TicketPage />, api, {
    mountPath: '/service-desk/tickets/:id',
    initialRouteEntries: ['/service-desk/tickets/7'],
    signals: signals?.api,
    entities: people,
  });

describe('TicketPage', () => {
  it('shows the fields, the history and only the actions the user may take', async () => {
    const api = mockDeskApi();
    withTicket(api, ticket(), [
      'assign',
      'assign_tech_support',
      'reject_dispatch',
      'comment',
    ]);
    await renderTicket(api);
    expect(
      await screen.findByText('SD-202611-00007 SCADA 画面刷新延迟'),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('ticket-state')).toHaveTextContent(
      'With PM',
    );
    expect(screen.getAllByTestId('history-event')).toHaveLength(2);
    expect(
      screen.getByRole('button', { name: 'Assign engineer' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Hand to tech support' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Resolve' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Close' }),
    ).not.toBeInTheDocument();
    // Accepted 01:00 UTC is 09:00 in Shanghai.
    expect(screen.getAllByText(/2026-11-28 09:00/).length).toBeGreaterThan(0);
  });

  it('asks an assignment only for the engineer, from the owner team without the PM, and sends the version', async () => {
    const api = mockDeskApi();
    // The catalog lists the PM zhang.wei in the team that owns the service.
    api.previewRouting.mockResolvedValue({
      entityRef: 'component:default/ems-scada',
      projectManagerRef: 'user:default/zhang.wei',
      source: 'system_annotation',
      engineers: [
        'user:default/he.jun',
        'user:default/ma.chao',
        'user:default/zhang.wei',
      ],
    });
    withTicket(api, ticket(), ['assign', 'comment']);
    api.act.mockResolvedValue(ticket({ state: 'with_engineer', version: 3 }));
    await renderTicket(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Assign engineer' }),
    );
    const confirm = screen.getByRole('button', { name: 'Confirm' });
    expect(confirm).toBeDisabled();
    expect(screen.queryByLabelText('What was done')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText(/^Engineer/));
    await waitFor(() =>
      expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
        '何军 he.jun',
        '马超 ma.chao',
      ]),
    );
    await userEvent.click(screen.getByRole('option', { name: /马超/ }));
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(api.act).toHaveBeenCalledWith('7', {
        action: 'assign',
        version: 2,
        assigneeRef: 'user:default/ma.chao',
      }),
    );
    expect(await screen.findByTestId('action-message')).toHaveTextContent(
      'Done: Assign engineer',
    );
    expect(api.getTicket).toHaveBeenCalledTimes(2);
  });

  it('says so and reloads when someone else acted first', async () => {
    const api = mockDeskApi();
    withTicket(
      api,
      ticket({ state: 'new', assigneeRef: undefined, version: 1 }),
      ['dispatch', 'resolve', 'comment'],
    );
    api.act.mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: { name: 'ConflictError', message: 'changed' },
          }),
          {
            status: 409,
            headers: { 'Content-Type': 'application/json' },
          },
        ) as any,
      ),
    );
    await renderTicket(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Dispatch to PM' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByTestId('action-message')).toHaveTextContent(
      'Someone else acted on this ticket first',
    );
    await waitFor(() => expect(api.getTicket).toHaveBeenCalledTimes(2));
  });

  it('records a callback with one of the four satisfaction levels', async () => {
    const api = mockDeskApi();
    withTicket(
      api,
      ticket({
        state: 'awaiting_callback',
        assigneeRef: undefined,
        version: 6,
      }),
      ['callback', 'comment'],
    );
    api.act.mockResolvedValue(ticket());
    await renderTicket(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Record callback' }),
    );
    // The lead calls the reporter back on the number they gave.
    expect(screen.getByTestId('callback-reporter')).toHaveTextContent(
      'Call back 周欣 on 0571-8888 1234',
    );
    expect(
      screen.getByRole('link', { name: '0571-8888 1234' }),
    ).toHaveAttribute('href', 'tel:0571-88881234');
    for (const level of [
      'Very satisfied',
      'Satisfied',
      'Basically satisfied',
      'Unsatisfied',
    ]) {
      expect(screen.getByRole('radio', { name: level })).toBeInTheDocument();
    }
    await userEvent.click(
      screen.getByRole('radio', { name: 'Basically satisfied' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(api.act).toHaveBeenCalledWith('7', {
        action: 'callback',
        version: 6,
        rating: 'basically_satisfied',
        userConfirmed: true,
        complaint: false,
      }),
    );
  });

  it("records whom the desk told with an emergency's dispatch only when it says so", async () => {
    const api = mockDeskApi();
    const emergency = ticket({
      state: 'new',
      assigneeRef: undefined,
      version: 1,
      emergency: true,
      occurredAt: '2026-11-28T00:55:00.000Z',
    });
    withTicket(api, emergency, ['dispatch', 'notify', 'comment']);
    api.act.mockResolvedValue(emergency);
    await renderTicket(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Dispatch to PM' }),
    );
    expect(
      screen.queryByLabelText(/Whom the desk told/),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('checkbox', {
        name: 'I have notified the responsible people',
      }),
    );
    const confirm = screen.getByRole('button', { name: 'Confirm' });
    expect(confirm).toBeDisabled();
    await userEvent.type(
      screen.getByLabelText(/Whom the desk told/),
      'PM Zhang',
    );
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(api.act).toHaveBeenCalledWith('7', {
        action: 'dispatch',
        version: 1,
        projectManagerRef: emergency.projectManagerRef,
        notifiedWhom: 'PM Zhang',
      }),
    );
  });

  it("confirms a reporter's occurred-at in the desk's zone, with a reason", async () => {
    const api = mockDeskApi();
    const claimed = ticket({
      emergency: true,
      occurredAt: undefined,
      occurredAtClaimed: '2026-11-28T00:40:00.000Z',
    });
    withTicket(api, claimed, ['set_occurred_at', 'comment']);
    api.act.mockResolvedValue(claimed);
    await renderTicket(api);
    // 00:40 UTC is 08:40 in Shanghai.
    expect(await screen.findByText(/reporter says/)).toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Set occurred-at' }),
    );
    expect(screen.getByLabelText(/When the emergency happened/)).toHaveValue(
      '2026-11-28 08:40',
    );
    const confirm = screen.getByRole('button', { name: 'Confirm' });
    expect(confirm).toBeDisabled();
    await userEvent.type(
      screen.getByLabelText('Reason for the change'),
      'caller confirmed',
    );
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(api.act).toHaveBeenCalledWith('7', {
        action: 'set_occurred_at',
        version: claimed.version,
        occurredAt: '2026-11-28T00:40:00.000Z',
        comment: 'caller confirmed',
      }),
    );
  });

  it('names people in the fields and the history, in words and desk time, without the version', async () => {
    const api = mockDeskApi();
    api.getTicket.mockResolvedValue({
      ...ticket({
        state: 'with_engineer',
        assigneeRef: 'user:default/ma.chao',
      }),
      allowedActions: [],
      events: [
        ...events,
        {
          id: '3',
          ticketId: '7',
          seq: 3,
          action: 'assign',
          // An imported step names people by bare login.
          actorRef: 'zhang.wei',
          at: '2026-11-28T02:30:00.000Z',
          fromState: 'with_pm',
          toState: 'with_engineer',
          data: { assigneeRef: 'ma.chao' },
        },
      ],
    });
    await renderTicket(api);
    const history = await screen.findAllByTestId('history-event');
    expect(history.map(h => h.textContent)).toEqual([
      '2026-11-28 09:00 李娜 opened the ticket',
      '2026-11-28 09:10 李娜 dispatched it to the project manager' +
        'from “New” to “With PM” · now with 张伟',
      // 02:30 UTC is 10:30 in Shanghai.
      '2026-11-28 10:30 张伟 assigned an engineer' +
        'from “With PM” to “With engineer” · now with 马超',
    ]);
    expect(
      within(history[2]).getByRole('link', { name: '马超' }),
    ).toHaveAttribute('href', '/catalog/default/user/ma.chao');
    expect(screen.queryByText(/zhang\.wei|ma\.chao/)).not.toBeInTheDocument();
    expect(
      screen.getAllByRole('link', { name: '张伟' }).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/^Version$/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Version/)).not.toBeInTheDocument();
  });

  it('offers the routed PM by name for a dispatch, and another PM or the lead from the catalog', async () => {
    const api = mockDeskApi();
    const fresh = ticket({ state: 'new', assigneeRef: undefined, version: 1 });
    withTicket(api, fresh, ['dispatch', 'comment']);
    api.act.mockResolvedValue(fresh);
    await renderTicket(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Dispatch to PM' }),
    );
    const pm = screen.getByLabelText(/^Project manager/);
    await waitFor(() => expect(pm).toHaveValue('张伟'));
    await userEvent.click(pm);
    // The project-managers group and the lead, whom the role names as a user.
    await waitFor(() =>
      expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
        '高敏 gao.min',
        '徐静 xu.jing',
        '张伟 zhang.wei',
      ]),
    );
    await userEvent.click(screen.getByRole('option', { name: /徐静/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(api.act).toHaveBeenCalledWith('7', {
        action: 'dispatch',
        version: 1,
        projectManagerRef: 'user:default/xu.jing',
      }),
    );
  });

  it.each([['projectManager'], ['engineer']] as const)(
    'shows no phrases or taboos to a %s, who does not talk to callers',
    async role => {
      const api = mockDeskApi();
      api.getMe.mockResolvedValue({
        userRef: 'user:default/zhang.wei',
        roles: [role],
      });
      withTicket(api, ticket(), ['comment']);
      await renderTicket(api);
      expect(
        await screen.findByRole('button', { name: 'Comment' }),
      ).toBeInTheDocument();
      await waitFor(() => expect(api.getMe).toHaveBeenCalled());
      expect(screen.queryByText('Standard phrases')).not.toBeInTheDocument();
      expect(screen.queryByText('轻易打断客户说话')).not.toBeInTheDocument();
      expect(screen.queryAllByTestId('phrase')).toHaveLength(0);
    },
  );

  it('offers the standard phrases with the reporter name and the taboos', async () => {
    const api = mockDeskApi();
    withTicket(api, ticket(), []);
    await renderTicket(api);
    // In full, wrapping in the narrow column rather than cut off.
    const phrase = await screen.findByText('周欣，非常感谢您的来电，再见！');
    expect(phrase).toHaveStyle({ whiteSpace: 'normal', overflow: 'visible' });
    expect(screen.getByText('轻易打断客户说话')).toBeInTheDocument();
    expect(
      screen.getByText('There is nothing for you to do on this ticket now.'),
    ).toBeInTheDocument();
  });
  it('reloads when someone else changes this ticket, not when another ticket changes', async () => {
    const api = mockDeskApi();
    const signals = mockSignalApi();
    withTicket(api, ticket(), ['comment']);
    await renderTicket(api, signals);
    expect(await screen.findByTestId('ticket-state')).toHaveTextContent(
      'With PM',
    );
    signals.send(TICKET_SIGNAL_CHANNEL, {
      ticketId: '70',
      displayId: 'SD-202611-00070',
      state: 'closed',
      version: 9,
    });
    // Longer than the hook gathers signals for: a reload would have happened by now.
    await new Promise(resolve => setTimeout(resolve, 500));
    expect(api.getTicket).toHaveBeenCalledTimes(1);
    withTicket(api, ticket({ state: 'with_engineer', version: 3 }), [
      'comment',
    ]);
    signals.send(TICKET_SIGNAL_CHANNEL, {
      ticketId: '7',
      displayId: 'SD-202611-00007',
      state: 'with_engineer',
      version: 3,
    });
    await waitFor(() =>
      expect(screen.getByTestId('ticket-state')).toHaveTextContent(
        'With engineer',
      ),
    );
    expect(api.getTicket).toHaveBeenCalledTimes(2);
  });
});
