import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import { mockDeskApi, renderDesk, ticket } from '../../__testUtils__/fixtures';
import { people } from '../../__testUtils__/people';
import { NewTicketForm } from '../NewTicketPage';
import { ServiceCard } from './ServiceCard';

const service = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'EMS-SCADA', namespace: 'default' },
};

const onService = (element: JSX.Element) => (
  <EntityProvider entity={service}>{element}</EntityProvider>
);

describe('ServiceCard', () => {
  it("shows the service's open tickets, its PM and why, and reports a problem on it", async () => {
    const api = mockDeskApi();
    api.listTickets.mockResolvedValue({
      items: [
        ticket({
          id: '3',
          displayId: 'SD-202611-00003',
          title: '前置机通道中断',
        }),
      ],
      totalCount: 4,
    });
    await renderDesk(onService(<ServiceCard />), api, { entities: people });

    const card = (
      await screen.findByRole('heading', { name: 'Service desk' })
    ).closest('.MuiCard-root') as HTMLElement;
    expect(
      await within(card).findByTestId('service-card-count'),
    ).toHaveTextContent('4 open tickets');
    expect(
      within(card).getByRole('link', {
        name: 'SD-202611-00003 前置机通道中断',
      }),
    ).toHaveAttribute('href', '/service-desk/tickets/3');
    expect(within(card).getByText('3 more')).toBeInTheDocument();
    expect(api.listTickets).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRef: 'component:default/ems-scada',
        order: 'deadline',
        limit: 3,
      }),
    );

    // The PM by name and the rule that chose them (the fixture's routing: named on its system).
    const pm = await within(card).findByTestId('service-card-pm');
    await waitFor(() => expect(pm).toHaveTextContent('张伟'));
    expect(pm).toHaveTextContent(
      /张伟Why: named on its system \(set by .*dispatch-automation\)/,
    );
    expect(api.previewRouting).toHaveBeenCalledWith(
      'component:default/ems-scada',
    );

    expect(
      within(card).getByRole('button', { name: 'Report a problem' }),
    ).toHaveAttribute(
      'href',
      '/service-desk/new?entityRef=component%3Adefault%2Fems-scada',
    );
  });

  it('says when nothing is open and warns when no PM is named', async () => {
    const api = mockDeskApi();
    api.previewRouting.mockResolvedValue({
      entityRef: 'component:default/ems-scada',
      projectManagerRef: 'user:default/gao.min',
      source: 'fallback_lead',
      engineers: [],
      warning: 'no PM',
    } as any);
    await renderDesk(onService(<ServiceCard />), api, { entities: people });
    expect(
      await screen.findByText('No open ticket on this service.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('service-card-count')).toBeNull();
    expect(
      await screen.findByText(
        'Nothing names a PM for this service; the desk lead receives its tickets.',
      ),
    ).toBeInTheDocument();
  });
});

describe('the new-ticket form opened from the service card', () => {
  it('has the service chosen', async () => {
    await renderDesk(<NewTicketForm />, mockDeskApi(), {
      initialRouteEntries: [
        '/service-desk/new?entityRef=component%3Adefault%2FEMS-SCADA',
      ],
    });
    const picker = await screen.findByLabelText(/Affected service/);
    await waitFor(() =>
      expect(picker).toHaveValue('EMS/SCADA (component:default/ems-scada)'),
    );
  });
});
