import {
  Appeal,
  DeskRole,
  PeriodClose,
  applyAppeals,
} from '@internal/plugin-service-desk-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  captureDownloads,
  mockScorecardApi,
  novemberReport,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { ScorecardReport } from '../../api/types';
import { ScoreTable } from '../ScoreTable';
import { AppealsList } from './AppealsList';
import { AppealsProvider, reportAppeals } from './reportAppeals';

const LEAD = 'user:default/li.na';
const MANAGER = 'user:default/huang.wei';
const OTHER_MANAGER = 'user:default/zhang.wei';

const OPEN: PeriodClose = { status: 'open', earlierSeals: [] };

/** E1's late response, as the operational card of November deducts it. */
function lateResponse(report: ScorecardReport) {
  const item = report.operational.items.find(
    i => i.id === 'emergencyResponse',
  )!;
  return { item, line: item.deductions[0] };
}

function appealOf(
  report: ScorecardReport,
  extra: Partial<Appeal> = {},
): Appeal {
  const { line } = lateResponse(report);
  return {
    id: '3',
    kind: 'month',
    label: '2026-11',
    deductionKey: line.key!,
    itemId: 'emergencyResponse',
    points: line.points,
    deduction: line.reason,
    evidence: line.evidence,
    reason: '响应时间以调度日志为准',
    evidenceLink: 'https://wiki.example/e1-log',
    state: 'pending',
    filedBy: LEAD,
    // 10:00 in Shanghai
    filedAt: '2026-12-02T02:00:00.000Z',
    ...extra,
  };
}

async function showCard(
  report: ScorecardReport,
  roles: DeskRole[],
  userRef = roles.includes('lead') ? LEAD : MANAGER,
) {
  const api = mockScorecardApi({}, roles);
  const onFiled = jest.fn();
  await renderScorecard(
    <AppealsProvider value={reportAppeals(report, { userRef, roles }, onFiled)}>
      <ScoreTable
        title="§7.3 Operational scorecard"
        card={report.operational}
        serviceLevels={report.serviceLevels}
        nameLines
        filename="o.csv"
        testId="operational"
      />
    </AppealsProvider>,
    api,
  );
  return { api, onFiled };
}

const appealButtons = () =>
  screen.queryAllByRole('button', { name: /^Appeal/ });

describe('appeals of deduction lines', () => {
  it('lets the lead appeal a line, with a reason and an evidence link', async () => {
    const report = { ...novemberReport(), close: OPEN, appeals: [] };
    const { line } = lateResponse(report);
    const { api, onFiled } = await showCard(report, ['lead']);
    api.fileAppeal.mockResolvedValue(appealOf(report));
    // Every named deduction of the card can be appealed.
    expect(appealButtons()).toHaveLength(
      report.operational.items.flatMap(i => i.deductions).length,
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Appeal −2: Response took 20 min, over 15 min',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Appeal a deduction of 2026-11',
    });
    expect(dialog).toHaveTextContent(
      '−2: Response took 20 min, over 15 min. The manager accepts or rejects',
    );
    const confirm = within(dialog).getByRole('button', { name: 'Appeal' });
    expect(confirm).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', {
        name: /^Why the deduction is wrong/,
      }),
      '响应时间以调度日志为准',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', {
        name: 'Evidence link (optional)',
      }),
      'https://wiki.example/e1-log',
    );
    await userEvent.click(confirm);
    expect(api.fileAppeal).toHaveBeenCalledWith({
      kind: 'month',
      period: '2026-11',
      deductionKey: line.key,
      reason: '响应时间以调度日志为准',
      evidenceLink: 'https://wiki.example/e1-log',
    });
    await waitFor(() => expect(onFiled).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("keeps the dialog open with the backend's refusal", async () => {
    const report = { ...novemberReport(), close: OPEN, appeals: [] };
    const { api, onFiled } = await showCard(report, ['lead']);
    api.fileAppeal.mockRejectedValue(
      Object.assign(new Error('Request failed with 409 Conflict'), {
        body: { error: { message: 'the appeal window of 2026-11 closed' } },
      }),
    );
    await userEvent.click(appealButtons()[0]);
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getAllByRole('textbox')[0], 'x');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Appeal' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Could not save: the appeal window of 2026-11 closed',
    );
    expect(onFiled).not.toHaveBeenCalled();
  });

  it('shows a pending appeal beside its line and offers no second one', async () => {
    const base = novemberReport();
    const report = { ...base, close: OPEN, appeals: [appealOf(base)] };
    await showCard(report, ['lead']);
    const row = screen.getByTestId('item-emergencyResponse');
    expect(row).toHaveTextContent('Appeal #3 is waiting for the manager');
    expect(
      within(row).queryByRole('button', { name: /^Appeal/ }),
    ).not.toBeInTheDocument();
  });

  it('lets the lead appeal again after a rejection', async () => {
    const base = novemberReport();
    const report = {
      ...base,
      close: OPEN,
      appeals: [appealOf(base, { state: 'rejected' })],
    };
    await showCard(report, ['lead']);
    const row = screen.getByTestId('item-emergencyResponse');
    expect(row).toHaveTextContent('Appeal #3 was rejected');
    expect(
      within(row).getByRole('button', { name: /^Appeal/ }),
    ).toBeInTheDocument();
  });

  it('offers no appeal to the manager', async () => {
    const report = { ...novemberReport(), close: OPEN, appeals: [] };
    await showCard(report, ['manager']);
    expect(appealButtons()).toHaveLength(0);
  });

  it('offers no appeal once the appeal window of a sealed period has closed', async () => {
    const sealed = (appealsUntil: string): ScorecardReport => ({
      ...novemberReport(),
      close: { status: 'sealed', earlierSeals: [], appealsUntil },
      appeals: [],
    });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    await showCard(sealed(yesterday), ['lead']);
    expect(appealButtons()).toHaveLength(0);
    const lead = { userRef: LEAD, roles: ['lead' as const] };
    const until = '2026-12-11T02:00:00.000Z';
    const canFileAt = (iso: string) =>
      reportAppeals(sealed(until), lead, jest.fn(), Date.parse(iso))?.canFile;
    expect(canFileAt('2026-12-11T01:59:00.000Z')).toBe(true);
    expect(canFileAt('2026-12-11T02:01:00.000Z')).toBe(false);
  });

  it('shows a line taken back on appeal struck through, and the item up by its points', async () => {
    const base = novemberReport();
    const { item, line } = lateResponse(base);
    const accepted = appealOf(base, { state: 'accepted' });
    const report = {
      ...base,
      operational: applyAppeals(base.operational, [accepted]),
      close: OPEN,
      appeals: [accepted],
    };
    await showCard(report, ['lead']);
    const row = screen.getByTestId('item-emergencyResponse');
    const adjustment = within(row).getByTestId('adjustment-3');
    expect(adjustment).toHaveTextContent(
      '−2: Response took 20 min, over 15 min +2 (appeal #3)',
    );
    expect(adjustment.querySelector('del')).toHaveTextContent(
      '−2: Response took 20 min, over 15 min',
    );
    expect(row).toHaveTextContent(new RegExp(`${item.score + line.points}$`));
    expect(screen.getByTestId('operational-total')).toHaveTextContent(
      `${base.operational.total + line.points} of 100`,
    );
    // The table's CSV says the same.
    const downloads = captureDownloads();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Download “§7.3 Operational scorecard” as CSV',
      }),
    );
    expect(await downloads.text(0)).toContain(
      '−2: Response took 20 min, over 15 min +2 (appeal #3)',
    );
    downloads.restore();
  });
});

describe('AppealsList', () => {
  async function showList(
    appeals: Appeal[],
    roles: DeskRole[],
    userRef: string,
  ) {
    const api = mockScorecardApi({}, roles);
    const onDecided = jest.fn();
    await renderScorecard(
      <AppealsList
        year={2026}
        appeals={appeals}
        me={{ userRef, roles }}
        timeZone="Asia/Shanghai"
        onDecided={onDecided}
      />,
      api,
    );
    return { api, onDecided };
  }

  it('lists each appeal with its deduction, reason, state and who filed it when', async () => {
    const report = novemberReport();
    await showList([appealOf(report)], ['lead'], LEAD);
    const row = screen.getByTestId('appeal-3');
    await waitFor(() =>
      expect(row).toHaveTextContent('Filed by 李娜 on 2026-12-02 10:00'),
    );
    expect(
      within(row)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      '#3',
      '2026-11',
      'Emergency response time−2: Response took 20 min, over 15 min 1 record',
      '响应时间以调度日志为准Evidence, Opens in a new windowFiled by 李娜 on 2026-12-02 10:00',
      'Pending',
      '',
    ]);
    expect(
      within(row).getByRole('link', { name: /^Evidence/ }),
    ).toHaveAttribute('href', 'https://wiki.example/e1-log');
    // The lead files; only a manager decides.
    expect(
      within(row).queryAllByRole('button', { name: /Accept|Reject/ }),
    ).toHaveLength(0);
  });

  it('says so when nothing was appealed', async () => {
    await showList([], ['manager'], MANAGER);
    expect(
      screen.getByText('No deduction of 2026 has been appealed.'),
    ).toBeInTheDocument();
  });

  it('lets a manager accept an appeal with a reason', async () => {
    const report = novemberReport();
    const { api, onDecided } = await showList(
      [appealOf(report)],
      ['manager'],
      MANAGER,
    );
    api.decideAppeal.mockResolvedValue(appealOf(report, { state: 'accepted' }));
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    const dialog = screen.getByRole('dialog', { name: 'Accept appeal #3' });
    expect(dialog).toHaveTextContent(
      'The deduction of 2 points is taken back wherever it counts',
    );
    const confirm = within(dialog).getByRole('button', { name: 'Accept' });
    expect(confirm).toBeDisabled();
    await userEvent.type(within(dialog).getByRole('textbox'), '日志核实无误');
    await userEvent.click(confirm);
    expect(api.decideAppeal).toHaveBeenCalledWith('3', {
      accept: true,
      reason: '日志核实无误',
    });
    await waitFor(() => expect(onDecided).toHaveBeenCalledTimes(1));
  });

  it('rejects an appeal with a reason', async () => {
    const report = novemberReport();
    const { api } = await showList([appealOf(report)], ['manager'], MANAGER);
    api.decideAppeal.mockResolvedValue(appealOf(report, { state: 'rejected' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = screen.getByRole('dialog', { name: 'Reject appeal #3' });
    await userEvent.type(
      within(dialog).getByRole('textbox'),
      '调度日志同样超时',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reject' }),
    );
    expect(api.decideAppeal).toHaveBeenCalledWith('3', {
      accept: false,
      reason: '调度日志同样超时',
    });
  });

  it('leaves an appeal to another manager than the one who filed it', async () => {
    const report = novemberReport();
    await showList(
      [appealOf(report, { filedBy: MANAGER })],
      ['lead', 'manager'],
      MANAGER,
    );
    expect(
      screen.queryByRole('button', { name: 'Accept' }),
    ).not.toBeInTheDocument();
  });

  it('shows the decision: who, when and why', async () => {
    const report = novemberReport();
    await showList(
      [
        appealOf(report, {
          state: 'accepted',
          decidedBy: OTHER_MANAGER,
          decidedAt: '2026-12-03T06:30:00.000Z',
          decisionReason: '日志核实无误',
        }),
      ],
      ['manager'],
      MANAGER,
    );
    const row = screen.getByTestId('appeal-3');
    await waitFor(() =>
      expect(row).toHaveTextContent('张伟 on 2026-12-03 14:30: 日志核实无误'),
    );
    expect(row).toHaveTextContent('Accepted');
    expect(
      within(row).queryByRole('button', { name: 'Accept' }),
    ).not.toBeInTheDocument();
  });
});
