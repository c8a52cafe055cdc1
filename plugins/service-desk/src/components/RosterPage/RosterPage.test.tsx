import { RosterChange, RosterView } from '@internal/plugin-service-desk-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import {
  mockDeskApi,
  renderDesk,
  rosterView,
  serverError,
} from '../../__testUtils__/fixtures';
import { RosterPage } from './RosterPage';

const LI = 'user:default/li.na';
const CHEN = 'user:default/chen.jie';
const ZHAO = 'user:default/zhao.lei';

/** The roster's clock (luxon's): Monday 2026-11-30 10:00 in Shanghai, the desk shift under way. */
const setNow = (iso: string) => {
  Settings.now = () => Date.parse(iso);
};
afterEach(() => {
  Settings.now = () => Date.now();
});

const pendingCover: RosterChange = {
  id: 'c1',
  date: '2026-12-04',
  kind: 'desk',
  type: 'cover',
  start: '2026-12-04T00:00:00.000Z',
  end: '2026-12-04T10:00:00.000Z',
  holder: LI,
  replacement: 'user:default/wang.fang',
  reason: 'training',
  status: 'pending',
  needsApproval: true,
  requestedBy: 'user:default/lead',
  requestedAt: '2026-11-29T08:00:00.000Z',
};

/** The week of 2026-11-30, planned but for Thursday's desk and Sunday's duty, with two changes. */
function plannedWeek(): RosterView {
  const view = rosterView('2026-11-30', '2026-12-06', (date, kind) => {
    if (kind === 'desk') return date === '2026-12-03' ? undefined : LI;
    return date === '2026-12-06' ? undefined : CHEN;
  });
  const slot = (date: string, kind: string) =>
    view.slots.find(s => s.date === date && s.kind === kind)!;
  // Zhao covers Wednesday's duty from 18:00 to 22:00 (short, so approved at once).
  const wednesday = slot('2026-12-02', 'duty');
  wednesday.onDuty = [
    {
      userRef: ZHAO,
      start: wednesday.start,
      end: '2026-12-02T14:00:00.000Z',
      changeId: 'c0',
    },
    { userRef: CHEN, start: '2026-12-02T14:00:00.000Z', end: wednesday.end },
  ];
  slot('2026-12-04', 'desk').changes = [pendingCover];
  return view;
}

/** An api for someone with these roles; adjust it, then `renderDesk(<RosterPage />, api)`. */
const rosterApi = (roles: string[], view: RosterView = plannedWeek()) => {
  const api = mockDeskApi({
    getMe: jest.fn().mockResolvedValue({ userRef: 'user:default/me', roles }),
  });
  api.getRoster.mockResolvedValue(view);
  return api;
};

describe('RosterPage', () => {
  beforeEach(() => setNow('2026-11-30T02:00:00Z'));

  it('shows the week with holders, changes and pending approvals, and flags unplanned slots', async () => {
    const api = rosterApi(['agent']);
    api.getRosterNow.mockResolvedValue({
      current: {
        date: '2026-11-30',
        kind: 'desk',
        start: '2026-11-30T00:00:00Z',
        end: '2026-11-30T10:00:00Z',
        people: [LI],
        planned: true,
      },
      next: {
        date: '2026-11-30',
        kind: 'duty',
        start: '2026-11-30T10:00:00Z',
        end: '2026-12-01T00:00:00Z',
        people: [],
        planned: false,
      },
    });
    await renderDesk(<RosterPage />, api);
    expect(await screen.findByTestId('slot-2026-11-30-desk')).toHaveTextContent(
      '08:00–18:00li.na',
    );
    expect(api.getRoster).toHaveBeenCalledWith('2026-11-30', '2026-12-06');
    expect(screen.getByTestId('slot-2026-12-03-desk')).toHaveTextContent(
      'Not planned',
    );
    expect(screen.getByTestId('slot-2026-12-06-duty')).toHaveTextContent(
      'Not planned',
    );
    expect(screen.getByTestId('slot-2026-12-01-desk')).not.toHaveTextContent(
      'Not planned',
    );
    expect(screen.getByTestId('slot-2026-12-02-duty')).toHaveTextContent(
      'On duty: zhao.lei 18:00–22:00, chen.jie 22:00–08:00',
    );
    expect(screen.getByTestId('slot-2026-12-04-desk')).toHaveTextContent(
      '1 change pending',
    );
    // Saturday and Sunday have no desk shift; the row says so rather than "not planned".
    expect(screen.getAllByText('No desk shift')).toHaveLength(2);
    expect(await screen.findByTestId('on-duty-now')).toHaveTextContent(
      'Next: duty officers — until 2026-12-01 08:00 (not planned)',
    );
  });

  it('gives someone who is not the lead no plan button and no change requests', async () => {
    const api = rosterApi(['agent', 'dutyOfficer']);
    await renderDesk(<RosterPage />, api);
    await screen.findByTestId('roster-week');
    expect(
      screen.queryByRole('button', { name: 'Plan week' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Request change' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText('Waiting for approval')).not.toBeInTheDocument();
  });

  it("sends the lead's plan for the slots not yet started and keeps the dialog open on a refusal", async () => {
    const view = rosterView('2026-11-30', '2026-12-06', (date, kind) =>
      date === '2026-11-30' && kind === 'desk' ? LI : undefined,
    );
    const api = rosterApi(['lead', 'agent'], view);
    api.planRoster.mockRejectedValue(
      await serverError(
        400,
        'user:default/zhao.lei is not eligible for desk slots',
      ),
    );
    await renderDesk(<RosterPage />, api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Plan week' }),
    );
    const dialog = screen.getByRole('dialog');
    // Monday's desk shift started at 08:00; it is shown, not re-planned.
    expect(
      within(dialog).queryByLabelText('Holder of the Desk shift on 2026-11-30'),
    ).not.toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: 'Save plan' }),
    ).toBeDisabled();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Fill by rotation' }),
    );
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Holder of the Duty shift on 2026-12-06'),
      ZHAO,
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save plan' }),
    );

    const W = 'user:default/wang.fang';
    const desk = (date: string, holder: string) => ({
      date,
      kind: 'desk',
      holder,
    });
    const duty = (date: string, holder: string) => ({
      date,
      kind: 'duty',
      holder,
    });
    expect(api.planRoster).toHaveBeenCalledWith({
      from: '2026-11-30',
      to: '2026-12-06',
      assignments: [
        desk('2026-11-30', LI),
        duty('2026-11-30', CHEN),
        desk('2026-12-01', LI),
        duty('2026-12-01', ZHAO),
        desk('2026-12-02', W),
        duty('2026-12-02', CHEN),
        desk('2026-12-03', LI),
        duty('2026-12-03', ZHAO),
        desk('2026-12-04', W),
        duty('2026-12-04', CHEN),
        duty('2026-12-05', ZHAO),
        duty('2026-12-06', ZHAO),
      ],
    });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Refused: user:default/zhao.lei is not eligible for desk slots',
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(api.getRoster).toHaveBeenCalledTimes(1);
  });

  it('lets the lead ask for a partial cover in local times across midnight', async () => {
    const api = rosterApi(['lead']);
    api.requestRosterChange.mockResolvedValue({
      ...pendingCover,
      id: 'c2',
      status: 'approved',
      needsApproval: false,
    });
    await renderDesk(<RosterPage />, api);
    const wednesday = await screen.findByTestId('slot-2026-12-02-duty');
    await userEvent.click(
      within(wednesday).getByRole('button', { name: 'Request change' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Replacement'),
      ZHAO,
    );
    await userEvent.click(
      within(dialog).getByLabelText('Only part of the slot'),
    );
    const from = within(dialog).getByLabelText('From');
    await userEvent.clear(from);
    await userEvent.type(from, '22:00');
    const until = within(dialog).getByLabelText('Until');
    await userEvent.clear(until);
    await userEvent.type(until, '02:00');
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'doctor');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Request' }),
    );
    // 22:00 on Wednesday and 02:00 on Thursday, Shanghai time.
    expect(api.requestRosterChange).toHaveBeenCalledWith({
      date: '2026-12-02',
      kind: 'duty',
      type: 'cover',
      replacement: ZHAO,
      start: '2026-12-02T14:00:00.000Z',
      end: '2026-12-02T18:00:00.000Z',
      reason: 'doctor',
    });
    expect(
      await screen.findByText('The change is in force.'),
    ).toBeInTheDocument();
    expect(api.getRoster).toHaveBeenCalledTimes(2);
  });

  it('lets a manager approve a pending change with a note', async () => {
    const api = rosterApi(['manager']);
    api.listPendingRosterChanges.mockResolvedValueOnce({
      items: [pendingCover],
    });
    api.decideRosterChange.mockResolvedValue({
      ...pendingCover,
      status: 'approved',
    });
    await renderDesk(<RosterPage />, api);
    const row = await screen.findByTestId('pending-c1');
    expect(row).toHaveTextContent(
      'Desk shift 2026-12-04 08:00–18:00: li.na → wang.fang (Cover)',
    );
    expect(screen.getByText('Waiting for approval')).toBeInTheDocument();
    await userEvent.type(within(row).getByLabelText('Note'), 'ok, covered');
    await userEvent.click(within(row).getByRole('button', { name: 'Approve' }));
    expect(api.decideRosterChange).toHaveBeenCalledWith('c1', {
      approve: true,
      note: 'ok, covered',
    });
    // The queue and the roster reload: the change has left the queue and is in force.
    expect(
      await screen.findByText('No change waits for approval.'),
    ).toBeInTheDocument();
    expect(api.getRoster).toHaveBeenCalledTimes(2);
  });

  it('tells people outside the desk that the roster is not theirs to see', async () => {
    const api = rosterApi(['projectManager']);
    api.getRoster.mockRejectedValue(
      await serverError(403, 'only the desk and managers read the roster'),
    );
    await renderDesk(<RosterPage />, api);
    expect(
      await screen.findByText(/Only the desk and managers see the roster\./),
    ).toBeInTheDocument();
  });

  it('pages the month view by whole calendar weeks of the desk time zone', async () => {
    // 01:00 on 1 December in Shanghai, still 30 November in UTC.
    setNow('2026-11-30T17:00:00Z');
    const api = rosterApi(['agent']);
    api.getRoster.mockImplementation(async (from, to) => rosterView(from, to));
    await renderDesk(<RosterPage />, api);
    await screen.findByTestId('roster-week');
    await userEvent.click(screen.getByRole('button', { name: 'Month' }));
    expect(await screen.findByTestId('roster-month')).toBeInTheDocument();
    expect(api.getRoster).toHaveBeenLastCalledWith('2026-11-30', '2027-01-03');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(api.getRoster).toHaveBeenLastCalledWith(
        '2026-12-28',
        '2027-01-31',
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() =>
      expect(api.getRoster).toHaveBeenLastCalledWith(
        '2026-10-26',
        '2026-12-06',
      ),
    );
  });
});
