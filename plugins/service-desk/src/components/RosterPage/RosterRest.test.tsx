import { RosterChange } from '@internal/plugin-service-desk-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import {
  mockDeskApi,
  renderDesk,
  rosterView,
} from '../../__testUtils__/fixtures';
import { people } from '../../__testUtils__/people';
import { RosterPage } from './RosterPage';

const LI = 'user:default/li.na';
const CHEN = 'user:default/chen.jie';

// Monday 2026-11-30 10:00 in Shanghai.
beforeEach(() => {
  Settings.now = () => Date.parse('2026-11-30T02:00:00Z');
});
afterEach(() => {
  Settings.now = () => Date.now();
});

const rosterApi = (roles: string[]) => {
  const api = mockDeskApi({
    getMe: jest.fn().mockResolvedValue({ userRef: 'user:default/me', roles }),
  });
  api.getRoster.mockResolvedValue(rosterView('2026-11-30', '2026-12-06'));
  return api;
};

describe('the roster and the rest rule', () => {
  it('shows people by name, marks today and warns of dates the holiday calendar does not know', async () => {
    const api = rosterApi(['agent']);
    const view = rosterView('2026-11-30', '2026-12-06', (_d, kind) =>
      kind === 'desk' ? LI : undefined,
    );
    api.getRoster.mockResolvedValue({
      ...view,
      calendarGaps: [{ from: '2027-01-01', to: '2027-01-03' }],
    });
    await renderDesk(<RosterPage />, api, { entities: people });
    expect(await screen.findByTestId('calendar-gap')).toHaveTextContent(
      'The holiday calendar has no dates for 2027-01-01 – 2027-01-03',
    );
    await waitFor(() =>
      expect(screen.getByTestId('slot-2026-11-30-desk')).toHaveTextContent(
        '08:00–18:00李娜',
      ),
    );
    const header = within(screen.getByTestId('roster-week'))
      .getAllByRole('columnheader')
      .filter(h => h.getAttribute('aria-current') === 'date');
    expect(header.map(h => h.textContent)).toEqual(['Mon 11-30 · Today']);
  });

  it('shows the manager what approving means for each person, and a break of the rule', async () => {
    const api = rosterApi(['manager']);
    const change: RosterChange = {
      id: 'c7',
      date: '2026-12-05',
      kind: 'duty',
      type: 'cover',
      start: '2026-12-05T00:00:00.000Z',
      end: '2026-12-05T04:00:00.000Z',
      holder: 'user:default/sun.li',
      replacement: LI,
      reason: 'sick',
      status: 'pending',
      needsApproval: true,
      requestedBy: 'user:default/wang.fang',
      requestedAt: '2026-11-29T08:00:00.000Z',
      rest: [
        {
          userRef: LI,
          continuousHours: 18,
          restBeforeHours: 14,
          violations: [
            {
              rule: 'continuous',
              start: '2026-12-04T10:00:00.000Z',
              end: '2026-12-05T04:00:00.000Z',
              hours: 18,
              limit: 16,
              slots: [
                { date: '2026-12-04', kind: 'duty' },
                { date: '2026-12-05', kind: 'duty' },
              ],
            },
          ],
        },
      ],
    };
    api.listPendingRosterChanges.mockResolvedValue({ items: [change] });
    await renderDesk(<RosterPage />, api, { entities: people });
    const card = within(await screen.findByTestId('pending-c7'));
    await waitFor(() =>
      expect(card.getByTestId('change-rest')).toHaveTextContent(
        'If approved李娜: 18 h on duty in a row · 14 h of rest before',
      ),
    );
    expect(card.getByText(/^Breaks the rest rule/)).toHaveTextContent(
      'Breaks the rest rule: 18 h in a row, at most 16 h allowed.',
    );
    expect(screen.getByTestId('pending-c7')).toHaveTextContent(
      'Duty shift 2026-12-05 08:00–12:00: sun.li → 李娜 (Cover)',
    );
  });

  it('fills by rotation around the rest rule and says which slot nobody can take', async () => {
    const api = rosterApi(['lead']);
    // Only Chen stands duty; he holds Friday's night, which has a change and so stays.
    const view = rosterView('2026-11-30', '2026-12-06', (date, kind) =>
      kind === 'duty' && date === '2026-12-04' ? CHEN : undefined,
    );
    const friday = view.slots.find(
      s => s.date === '2026-12-04' && s.kind === 'duty',
    )!;
    friday.changes = [{ status: 'pending' } as RosterChange];
    api.getRoster.mockResolvedValue({
      ...view,
      eligible: { desk: [LI], duty: [CHEN] },
    });
    await renderDesk(<RosterPage />, api, { entities: people });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Plan week' }),
    );
    const dialog = within(screen.getByRole('dialog'));
    expect(
      dialog.getByText(
        'Rest rule: at most 16 h on duty in a row across slots, at least 8 h off between two stretches.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      dialog.getByRole('button', { name: 'Fill by rotation' }),
    );
    // Friday 18:00 → Saturday 08:00 (14 h) and Saturday's 24 h would be 38 h; Sunday's duty
    // starts 24 h after Friday's night ended, so Chen takes it.
    expect(dialog.getByRole('alert')).toHaveTextContent(
      'Nobody can take 2026-12-05 Duty shift without breaking the rest rule',
    );
    expect(
      dialog.getByLabelText('Holder of the Duty shift on 2026-12-05'),
    ).toHaveValue('');
    expect(
      dialog.getByLabelText('Holder of the Duty shift on 2026-12-06'),
    ).toHaveValue(CHEN);
    expect(
      dialog.getByLabelText('Holder of the Desk shift on 2026-12-01'),
    ).toHaveValue(LI);
    expect(dialog.getByRole('button', { name: 'Save plan' })).toBeDisabled();
  });
});
