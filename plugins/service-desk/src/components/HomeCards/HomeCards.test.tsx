import { screen, waitFor, within } from '@testing-library/react';
import { mockDeskApi, renderDesk, ticket } from '../../__testUtils__/fixtures';
import { people } from '../../__testUtils__/people';
import { useMe } from '@internal/plugin-service-desk-react';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { EmergenciesCard } from './EmergenciesCard';
import { MyQueueCard } from './MyQueueCard';
import { OnDutyCard } from './OnDutyCard';

const engineer = () =>
  mockDeskApi({
    getMe: jest.fn().mockResolvedValue({
      userRef: 'user:default/he.jun',
      roles: ['engineer'],
    }),
  });

describe('MyQueueCard', () => {
  it('lists what waits on the signed-in user, the nearest deadline first', async () => {
    const api = mockDeskApi();
    api.listTickets.mockResolvedValue({
      items: [
        ticket({
          id: '9',
          displayId: 'SD-202611-00009',
          title: '主站遥测跳变',
        }),
      ],
      totalCount: 7,
    });
    await renderDesk(<MyQueueCard />, api);
    const card = (
      await screen.findByRole('heading', { name: 'Waiting on me' })
    ).closest('.MuiCard-root') as HTMLElement;
    expect(
      await within(card).findByRole('link', {
        name: 'SD-202611-00009 主站遥测跳变',
      }),
    ).toHaveAttribute('href', '/service-desk/tickets/9');
    // One listed of seven: the six others are counted, not dropped silently.
    expect(within(card).getByText('6 more')).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: 'Open my queue' }),
    ).toHaveAttribute('href', '/service-desk/mine');
    expect(api.listTickets).toHaveBeenCalledWith({
      waitingOn: 'me',
      order: 'deadline',
      limit: 5,
    });
  });

  it('says so when nothing waits', async () => {
    await renderDesk(<MyQueueCard />, engineer());
    expect(
      await screen.findByText('Nothing waits on you now.'),
    ).toBeInTheDocument();
  });
});

describe('EmergenciesCard', () => {
  it('shows the desk the open emergencies with their clocks running', async () => {
    jest.useFakeTimers({
      now: new Date('2026-11-28T01:05:00Z'),
      advanceTimers: true,
    });
    try {
      const api = mockDeskApi();
      api.listTickets.mockResolvedValue({
        items: [
          ticket({
            id: '4',
            displayId: 'SD-202611-00004',
            title: 'EMS 主站宕机',
            emergency: true,
            state: 'new',
            occurredAt: '2026-11-28T00:55:00.000Z',
          }),
        ],
        totalCount: 1,
      });
      await renderDesk(<EmergenciesCard />, api);
      expect(
        await screen.findByRole('heading', { name: 'Open emergencies' }),
      ).toBeInTheDocument();
      expect(
        await screen.findByTestId('sla-emergencyResponse'),
      ).toBeInTheDocument();
      expect(api.listTickets).toHaveBeenCalledWith(
        expect.objectContaining({
          emergency: true,
          state: ['new', 'with_pm', 'with_engineer', 'with_tech_support'],
        }),
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('renders nothing for an engineer', async () => {
    const api = engineer();
    const { container } = await renderDeskSettled(<EmergenciesCard />, api);
    expect(container.querySelector('.MuiCard-root')).toBeNull();
    expect(api.listTickets).not.toHaveBeenCalled();
  });
});

describe('OnDutyCard', () => {
  it('names who is on shift now and next, with the roster a click away', async () => {
    await renderDesk(<OnDutyCard />, mockDeskApi(), {
      entities: [
        ...people,
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'User',
          metadata: { name: 'chen.jie', namespace: 'default' },
          spec: { profile: { displayName: '陈杰' } },
        },
      ],
    });
    const card = (
      await screen.findByRole('heading', { name: 'On duty' })
    ).closest('.MuiCard-root') as HTMLElement;
    const line = await within(card).findByTestId('on-duty-now');
    await waitFor(() => expect(line).toHaveTextContent('李娜'));
    expect(line).toHaveTextContent('陈杰');
    expect(
      within(card).getByRole('link', { name: 'Open the roster' }),
    ).toHaveAttribute('href', '/service-desk/roster');
  });

  it('renders nothing for an engineer', async () => {
    const api = engineer();
    const { container } = await renderDeskSettled(<OnDutyCard />, api);
    expect(container.querySelector('.MuiCard-root')).toBeNull();
    expect(api.getRosterNow).not.toHaveBeenCalled();
  });
});

/** Says "ready" once the desk has said who the user is, as the cards' own useMe does. */
function MeProbe() {
  const me = useMe(serviceDeskApiRef);
  return me.value ? <span>ready</span> : null;
}

/** Renders a card that may render nothing, once the user's roles have reached it. */
async function renderDeskSettled(
  element: JSX.Element,
  api: ReturnType<typeof mockDeskApi>,
) {
  const result = await renderDesk(
    <>
      <MeProbe />
      {element}
    </>,
    api,
  );
  await screen.findByText('ready');
  return result;
}
