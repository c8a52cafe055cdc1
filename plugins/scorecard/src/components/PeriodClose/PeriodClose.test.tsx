import {
  PeriodClose as Close,
  DeskRole,
  Seal,
  SealRequest,
} from '@internal/plugin-service-desk-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockScorecardApi,
  novemberReport,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { ScorecardReport } from '../../api/types';
import { PeriodClose } from './PeriodClose';

const LEAD = 'user:default/li.na';
const MANAGER = 'user:default/huang.wei';

const request = (extra: Partial<SealRequest> = {}): SealRequest => ({
  id: 'r1',
  kind: 'month',
  label: '2026-11',
  state: 'submitted',
  submittedBy: LEAD,
  // 09:30 in Shanghai
  submittedAt: '2026-12-01T01:30:00.000Z',
  note: '11 月考核结果',
  ...extra,
});

const seal = (extra: Partial<Seal> = {}): Seal => ({
  id: 's1',
  kind: 'month',
  label: '2026-11',
  requestId: 'r1',
  ruleSetVersion: '2026',
  submittedBy: LEAD,
  sealedBy: MANAGER,
  sealedAt: '2026-12-01T02:00:00.000Z',
  ...extra,
});

function reportWith(close: Close, extra: Partial<ScorecardReport> = {}) {
  return { ...novemberReport(), close, ...extra };
}

async function show(
  report: ScorecardReport,
  roles: DeskRole[],
  props: {
    live?: boolean;
    onLiveChange?: jest.Mock;
    userRef?: string;
  } = {},
) {
  const api = mockScorecardApi({}, roles);
  const onChanged = jest.fn();
  const userRef = props.userRef ?? (roles.includes('lead') ? LEAD : MANAGER);
  await renderScorecard(
    <PeriodClose
      report={report}
      me={{ userRef, roles }}
      live={props.live ?? false}
      onLiveChange={props.onLiveChange ?? jest.fn()}
      onChanged={onChanged}
    />,
    api,
  );
  return { api, onChanged };
}

const status = () => screen.getByTestId('seal-status');

describe('PeriodClose', () => {
  it('lets the lead submit an ended open period, with a note', async () => {
    const { api, onChanged } = await show(
      reportWith({ status: 'open', earlierSeals: [] }),
      ['lead'],
    );
    api.submitForSealing.mockResolvedValue(request());
    expect(status()).toHaveTextContent('Open — live figures');
    expect(
      screen.queryByRole('button', { name: 'Approve' }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Submit for sealing' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Submit 2026-11 for sealing',
    });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Note (optional)' }),
      '请审批',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Submit for sealing' }),
    );
    expect(api.submitForSealing).toHaveBeenCalledWith({
      kind: 'month',
      period: '2026-11',
      note: '请审批',
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers no submission while the period is still running', async () => {
    await show(
      reportWith(
        { status: 'open', earlierSeals: [] },
        {
          period: {
            ...novemberReport().period,
            end: '2999-01-01T00:00:00.000Z',
          },
        },
      ),
      ['lead'],
    );
    expect(
      screen.queryByRole('button', { name: 'Submit for sealing' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText(/The period is still running/)).toBeInTheDocument();
  });

  it('shows the lead a submitted period as waiting, with no decision to take', async () => {
    await show(
      reportWith({ status: 'submitted', request: request(), earlierSeals: [] }),
      ['lead'],
    );
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Submitted for sealing by 李娜, waiting for the manager',
      ),
    );
    expect(status()).toHaveTextContent(
      'Submitted on 2026-12-01 09:30 · Note: 11 月考核结果',
    );
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('lets the manager approve a submitted period', async () => {
    const { api, onChanged } = await show(
      reportWith({ status: 'submitted', request: request(), earlierSeals: [] }),
      ['manager'],
    );
    api.decideSealing.mockResolvedValue({ request: request(), seal: seal() });
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(api.decideSealing).toHaveBeenCalledWith('r1', { approve: true });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it('leaves the decision to another manager than the one who submitted it', async () => {
    await show(
      reportWith({
        status: 'submitted',
        request: request({ submittedBy: MANAGER }),
        earlierSeals: [],
      }),
      ['lead', 'manager'],
      { userRef: MANAGER },
    );
    expect(
      screen.queryByRole('button', { name: 'Approve' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Return' }),
    ).not.toBeInTheDocument();
  });

  it('returns a period only with a reason', async () => {
    const { api, onChanged } = await show(
      reportWith({ status: 'submitted', request: request(), earlierSeals: [] }),
      ['manager'],
    );
    api.decideSealing.mockResolvedValue({ request: request() });
    await userEvent.click(screen.getByRole('button', { name: 'Return' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Return 2026-11',
    });
    const confirm = within(dialog).getByRole('button', { name: 'Return' });
    expect(confirm).toBeDisabled();
    await userEvent.type(within(dialog).getByRole('textbox'), '   ');
    expect(confirm).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox'),
      'E1 的响应时间有误',
    );
    await userEvent.click(confirm);
    expect(api.decideSealing).toHaveBeenCalledWith('r1', {
      approve: false,
      reason: 'E1 的响应时间有误',
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it("keeps the dialog open with the backend's refusal", async () => {
    const { api, onChanged } = await show(
      reportWith({ status: 'submitted', request: request(), earlierSeals: [] }),
      ['manager'],
    );
    api.decideSealing.mockRejectedValue(
      Object.assign(new Error('Request failed with 409 Conflict'), {
        body: { error: { message: 'The request was already decided' } },
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Return' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox'), 'x');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Return' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Could not save: The request was already decided',
    );
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('tells the lead why a period came back', async () => {
    await show(
      reportWith({
        status: 'open',
        request: request({
          state: 'returned',
          decidedBy: MANAGER,
          decidedAt: '2026-12-01T03:00:00.000Z',
          decisionReason: 'E1 的响应时间有误',
        }),
        earlierSeals: [],
      }),
      ['lead'],
    );
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Returned by 黄伟 on 2026-12-01 11:00: E1 的响应时间有误',
      ),
    );
    expect(
      screen.getByRole('button', { name: 'Submit for sealing' }),
    ).toBeInTheDocument();
  });

  describe('a sealed period', () => {
    const sealed = (extra: Partial<Close> = {}) =>
      reportWith(
        {
          status: 'sealed',
          seal: seal(),
          earlierSeals: [],
          appealsUntil: '2026-12-11T02:00:00.000Z',
          changesSinceSealing: [
            {
              figure: 'statistics.completionRate',
              sealed: 6 / 7,
              live: 7 / 7,
              moves: [
                {
                  type: 'event',
                  id: '981',
                  ticketId: '3',
                  label: 'SD-202611-00003 close',
                },
              ],
            },
            {
              figure: 'operational.emergencyResponse',
              sealed: 18,
              live: 16,
              moves: [
                { type: 'entry', id: '21', label: '响应超时补录 E1' },
                {
                  type: 'event',
                  id: '982',
                  ticketId: '4',
                  label: 'SD-202611-00004 set_occurred_at',
                },
              ],
            },
            {
              figure: 'serviceLevels.emergencyResponse',
              sealed: 14.5,
              live: 20,
              moves: [],
            },
            {
              figure: 'kpi.callbackRate.2026-H2',
              sealed: 6 / 7,
              live: null,
              moves: [],
            },
            {
              figure: 'customerService.total',
              sealed: 33,
              live: 38,
              moves: [],
            },
          ],
          ...extra,
        },
        { basis: 'sealed' },
      );

    it('names who sealed it, when in the desk zone, and under which rule set', async () => {
      await show(sealed(), ['lead']);
      await waitFor(() =>
        expect(status()).toHaveTextContent(
          'Sealed by 黄伟 on 2026-12-01 10:00, rule set 2026',
        ),
      );
      expect(status()).toHaveTextContent(
        'Deductions can be appealed until 2026-12-11 10:00.',
      );
      expect(
        screen.getByText('The figures below are the sealed ones, as reported.'),
      ).toBeInTheDocument();
      // Only the manager unseals.
      expect(
        screen.queryByRole('button', { name: 'Unseal' }),
      ).not.toBeInTheDocument();
    });

    it('lists each changed figure in words, sealed → live, with what moved it', async () => {
      await show(sealed(), ['manager']);
      const region = screen.getByRole('region', {
        name: 'Changes since sealing',
      });
      const cells = (figure: string) =>
        within(within(region).getByTestId(`change-${figure}`))
          .getAllByRole('cell')
          .map(c => c.textContent);
      const completion = within(region).getByTestId(
        'change-statistics.completionRate',
      );
      expect(cells('statistics.completionRate')).toEqual([
        '§6 Statistics: Completion rate',
        '85.7 %',
        '100.0 %',
        'SD-202611-00003 closed',
      ]);
      expect(
        within(completion).getByRole('link', { name: 'SD-202611-00003' }),
      ).toHaveAttribute('href', '/service-desk/tickets/3');

      expect(cells('operational.emergencyResponse')).toEqual([
        '§7.3 Operational scorecard: Emergency response time (score)',
        '18',
        '16',
        '响应超时补录 E1, SD-202611-00004 occurred-at corrected',
      ]);
      // An entry has no ticket page; the ticket's event has.
      expect(
        within(
          within(region).getByTestId('change-operational.emergencyResponse'),
        ).getAllByRole('link'),
      ).toHaveLength(1);

      // A measure in its own unit, a KPI by its period, a figure gone from the live report.
      expect(cells('serviceLevels.emergencyResponse')).toEqual([
        '§7.1 Service levels: Emergency response time',
        'longest 14.5 min',
        'longest 20 min',
        'Nothing recorded since the seal.',
      ]);
      expect(cells('kpi.callbackRate.2026-H2')).toEqual([
        '§9 KPIs: Desk callback rate 2026-H2',
        '85.7 %',
        '—',
        'Nothing recorded since the seal.',
      ]);
      expect(cells('customerService.total')).toEqual([
        '§7.4 Customer-service scorecard: Total',
        '33',
        '38',
        'Nothing recorded since the seal.',
      ]);
    });

    it('says so when nothing has moved', async () => {
      await show(sealed({ changesSinceSealing: [] }), ['lead']);
      expect(
        screen.getByText('Every live figure still equals the sealed one.'),
      ).toBeInTheDocument();
    });

    it('switches to the live figures', async () => {
      const onLiveChange = jest.fn();
      await show(sealed(), ['lead'], { onLiveChange });
      await userEvent.click(
        screen.getByRole('checkbox', { name: 'Show live figures' }),
      );
      expect(onLiveChange).toHaveBeenCalledWith(true);
    });

    it('unseals only with a reason', async () => {
      const { api, onChanged } = await show(sealed(), ['manager']);
      api.unseal.mockResolvedValue(seal());
      await userEvent.click(screen.getByRole('button', { name: 'Unseal' }));
      const dialog = screen.getByRole('dialog', {
        name: 'Unseal 2026-11',
      });
      const confirm = within(dialog).getByRole('button', { name: 'Unseal' });
      expect(confirm).toBeDisabled();
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: /^Reason/ }),
        '12 月补录的投诉属于 11 月',
      );
      await userEvent.click(confirm);
      expect(api.unseal).toHaveBeenCalledWith(
        's1',
        '12 月补录的投诉属于 11 月',
      );
      await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    });

    it('keeps earlier seals listed with who lifted them and why', async () => {
      await show(
        sealed({
          earlierSeals: [
            seal({
              id: 's0',
              ruleSetVersion: '2026',
              sealedAt: '2026-11-21T02:00:00.000Z',
              unsealed: {
                by: MANAGER,
                at: '2026-11-22T02:00:00.000Z',
                reason: '漏记一次投诉',
              },
            }),
          ],
        }),
        ['lead'],
      );
      const earlier = screen.getByTestId('earlier-seal-s0');
      await waitFor(() =>
        expect(earlier).toHaveTextContent(
          'Sealed by 黄伟 on 2026-11-21 10:00, rule set 2026',
        ),
      );
      expect(earlier).toHaveTextContent(
        'unsealed by 黄伟 on 2026-11-22 10:00: 漏记一次投诉',
      );
    });
  });
});
