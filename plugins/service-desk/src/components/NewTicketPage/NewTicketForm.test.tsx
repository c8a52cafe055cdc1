import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockDeskApi, renderDesk, ticket } from '../../__testUtils__/fixtures';
import { NewTicketForm } from './NewTicketForm';
import { RoutingPreview } from './RoutingPreview';

async function fillRequiredFields() {
  await userEvent.type(
    screen.getByRole('textbox', { name: /Affected service/ }),
    'EMS',
  );
  await userEvent.click(
    await screen.findByRole('option', { name: /EMS\/SCADA/ }),
  );
  await userEvent.click(screen.getByLabelText('Category'));
  await userEvent.click(
    await screen.findByRole('option', { name: 'Application / Fault' }),
  );
  await userEvent.type(
    screen.getByRole('textbox', { name: /^Title/ }),
    'SCADA down',
  );
  await userEvent.type(
    screen.getByRole('textbox', { name: /^Description/ }),
    'All screens frozen',
  );
  await userEvent.type(
    screen.getByRole('textbox', { name: /^Reporter name/ }),
    '周欣',
  );
}

describe('NewTicketForm', () => {
  it('checks the required fields before sending anything', async () => {
    const api = mockDeskApi();
    await renderDesk(<NewTicketForm />, api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open ticket' }),
    );
    expect(
      (await screen.findAllByText('Required')).length,
    ).toBeGreaterThanOrEqual(4);
    expect(api.createTicket).not.toHaveBeenCalled();
  });

  it('clears a required mark as soon as its field is filled', async () => {
    const api = mockDeskApi();
    await renderDesk(<NewTicketForm />, api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open ticket' }),
    );
    const service = screen.getByRole('textbox', { name: /Affected service/ });
    expect(service).toHaveAttribute('aria-invalid', 'true');
    const marks = (await screen.findAllByText('Required')).length;
    await userEvent.type(service, 'EMS');
    await userEvent.click(
      await screen.findByRole('option', { name: /EMS\/SCADA/ }),
    );
    await waitFor(() =>
      expect(service).not.toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getAllByText('Required')).toHaveLength(marks - 1);
  });

  it('marks occurred-at required for an emergency, typed 24-hour in the desk zone', async () => {
    const api = mockDeskApi();
    await renderDesk(<NewTicketForm />, api);
    await userEvent.click(await screen.findByLabelText('Emergency (突发事件)'));
    const occurred = screen.getByLabelText('Occurred at');
    expect(occurred).toBeRequired();
    expect(occurred).not.toHaveAttribute('type', 'datetime-local');
    expect(occurred).toHaveAttribute('placeholder', 'yyyy-MM-dd HH:mm');
    expect(
      screen.getByText('When the emergency happened, in Asia/Shanghai'),
    ).toBeInTheDocument();
    await fillRequiredFields();
    await userEvent.click(screen.getByRole('button', { name: 'Open ticket' }));
    expect(occurred).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Required')).toHaveLength(1);
    await userEvent.type(occurred, '2026-11-28 9:30');
    await userEvent.tab();
    expect(
      screen.getByText(
        'Enter the date and time as yyyy-MM-dd HH:mm (Asia/Shanghai)',
      ),
    ).toBeInTheDocument();
    expect(api.createTicket).not.toHaveBeenCalled();
  });

  it('computes the priority from impact and urgency', async () => {
    const api = mockDeskApi();
    await renderDesk(<NewTicketForm />, api);
    expect(await screen.findByTestId('computed-priority')).toHaveTextContent(
      'Priority P3',
    );
    await userEvent.click(screen.getByLabelText('Impact'));
    await userEvent.click(await screen.findByRole('option', { name: 'high' }));
    expect(screen.getByTestId('computed-priority')).toHaveTextContent(
      'Priority P2',
    );
  });

  it('opens a complete ticket, with the occurred-at of the desk time zone sent in UTC', async () => {
    const api = mockDeskApi();
    api.createTicket.mockResolvedValue(ticket({ id: '99' }));
    await renderDesk(<NewTicketForm />, api);
    await userEvent.click(await screen.findByLabelText('Emergency (突发事件)'));
    await userEvent.type(
      screen.getByLabelText('Occurred at'),
      '2026-11-28 09:30',
    );
    await fillRequiredFields();
    expect(await screen.findByTestId('routing-preview')).toHaveTextContent(
      'Will go to zhang.wei',
    );
    expect(screen.getByTestId('routing-preview')).toHaveTextContent(
      'named on its system',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open ticket' }));
    await waitFor(() => expect(api.createTicket).toHaveBeenCalled());
    expect(api.createTicket.mock.calls[0][0]).toMatchObject({
      kind: 'incident',
      emergency: true,
      occurredAt: '2026-11-28T01:30:00.000Z',
      entityRef: 'component:default/ems-scada',
      category: 'application/fault',
      title: 'SCADA down',
      reporter: { name: '周欣' },
      channel: 'phone',
    });
  });
});

describe('RoutingPreview', () => {
  it('warns when the desk lead receives the ticket for want of a PM', async () => {
    const api = mockDeskApi({
      previewRouting: jest.fn().mockResolvedValue({
        entityRef: 'component:default/legacy-reporting',
        projectManagerRef: 'user:default/wang.fang',
        source: 'fallback_lead',
        warning: 'x',
        engineers: [],
      }),
    });
    await renderDesk(
      <RoutingPreview entityRef="component:default/legacy-reporting" />,
      api,
    );
    const preview = await screen.findByTestId('routing-preview');
    expect(preview).toHaveTextContent('nobody named: the desk lead');
    expect(within(preview).getByText(/Nothing names a PM/)).toBeInTheDocument();
  });

  it('opens a ticket from the call the telephone system hands over, with the caller number', async () => {
    const api = mockDeskApi();
    api.createTicket.mockResolvedValue(ticket({ id: '98' }));
    await renderDesk(<NewTicketForm />, api, {
      initialRouteEntries: ['/?callId=demo-call-0007&phone=0571-88881234'],
    });
    expect(await screen.findByTestId('from-call')).toHaveTextContent(
      'From call demo-call-0007',
    );
    expect(
      screen.getByRole('textbox', { name: /^Reporter phone/ }),
    ).toHaveValue('0571-88881234');
    await fillRequiredFields();
    await userEvent.click(screen.getByRole('button', { name: 'Open ticket' }));
    await waitFor(() => expect(api.createTicket).toHaveBeenCalled());
    expect(api.createTicket.mock.calls[0][0]).toMatchObject({
      callId: 'demo-call-0007',
      reporter: { name: '周欣', phone: '0571-88881234' },
    });
  });
});
