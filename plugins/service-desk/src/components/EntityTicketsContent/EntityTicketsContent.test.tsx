import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, waitFor } from '@testing-library/react';
import { mockDeskApi, renderDesk, ticket } from '../../__testUtils__/fixtures';
import { EntityTicketsContent } from './EntityTicketsContent';

describe('EntityTicketsContent', () => {
  it("lists the service's tickets being worked on, then the finished ones, under headings", async () => {
    const api = mockDeskApi();
    api.listTickets.mockImplementation(async q =>
      q.state?.includes('new')
        ? {
            items: [
              ticket({
                id: '2',
                displayId: 'SD-202611-00002',
                title: 'still open',
              }),
            ],
            totalCount: 1,
          }
        : {
            items: [
              ticket({
                id: '1',
                displayId: 'SD-202611-00001',
                title: 'long closed',
                state: 'closed',
              }),
            ],
            totalCount: 1,
          },
    );
    await renderDesk(
      <EntityProvider
        entity={{
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'EMS-SCADA', namespace: 'default' },
        }}
      >
        <EntityTicketsContent />
      </EntityProvider>,
      api,
    );
    const [openHeading, finishedHeading] = await screen.findAllByRole(
      'heading',
      { level: 2 },
    );
    expect(openHeading).toHaveTextContent('Being worked on');
    expect(finishedHeading).toHaveTextContent('Resolved and closed');
    const rows = await screen.findAllByTestId('ticket-row');
    expect(rows.map(r => r.textContent)).toEqual([
      expect.stringContaining('still open'),
      expect.stringContaining('long closed'),
    ]);
    await waitFor(() =>
      expect(api.listTickets).toHaveBeenCalledWith(
        expect.objectContaining({ entityRef: 'component:default/ems-scada' }),
      ),
    );
    expect(
      screen.getAllByTestId('ticket-count').map(c => c.textContent),
    ).toEqual(['1 ticket', '1 ticket']);
  });
});
