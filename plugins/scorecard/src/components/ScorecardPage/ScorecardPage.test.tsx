import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  captureDownloads,
  mockScorecardApi,
  renderScorecardView,
  reportWithLeak,
} from '../../__testUtils__/fixtures';
import { ScorecardPage } from './ScorecardPage';

const NOVEMBER = ['/scorecard?kind=month&period=2026-11'];
/** 28 Nov 2026, 18:00 in Shanghai: in cycle 2026-12 (21 Nov → 20 Dec). */
const NOW = Date.parse('2026-11-28T10:00:00Z');

const section = (name: string) => screen.getByRole('region', { name });

describe('ScorecardPage', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
  afterEach(() => jest.restoreAllMocks());

  it('renders every table of the November report', async () => {
    const api = mockScorecardApi();
    await renderScorecardView(<ScorecardPage />, api, {
      initialRouteEntries: NOVEMBER,
    });
    expect(await screen.findByTestId('operational-total')).toHaveTextContent(
      '92 of 100 (92.0 %)',
    );
    expect(api.getScorecard).toHaveBeenCalledWith('month', '2026-11');
    expect(screen.getByTestId('period-range')).toHaveTextContent(
      '2026-11-01 to 2026-11-30 (Asia/Shanghai), rules of 2026',
    );

    // §6 statistics with the counts behind each rate.
    expect(screen.getByTestId('statistics-timeliness')).toHaveTextContent(
      '83.3 %',
    );
    expect(screen.getByTestId('statistics-timeliness')).toHaveTextContent(
      '5 of 6 closed tickets handled within the hour',
    );
    expect(screen.getByTestId('statistics-completion')).toHaveTextContent(
      '85.7 %6 of 7 accepted tickets closed',
    );
    expect(screen.getByTestId('statistics-satisfaction')).toHaveTextContent(
      '6 of 7 ratings not unsatisfied',
    );

    // §7.1 service levels.
    expect(screen.getByTestId('sla-phoneAnswerRate')).toHaveTextContent(
      'Phone timely-answer rate≥ 99 %97.0 %97 of 100Missed',
    );
    expect(screen.getByTestId('sla-emergencyResponse')).toHaveTextContent(
      '≤ 15 minlongest 20 min1 of 2 on timeMissed',
    );
    expect(screen.getByTestId('sla-reportFailures')).toHaveTextContent(
      'cycle 2026-11: 4',
    );
    expect(screen.getByTestId('sla-eventResponseFailures')).toHaveTextContent(
      'Met',
    );
    expect(
      within(section('§7.1 Service levels')).getAllByRole('row'),
    ).toHaveLength(10);

    // §7.3 laid out like the regulation: both emergency lines under one number.
    const operational = screen.getByTestId('operational');
    expect(
      within(operational)
        .getAllByRole('columnheader')
        .map(c => c.textContent),
    ).toEqual([
      'No.',
      'Indicator',
      'Sub-indicator',
      'Points',
      'Evaluation',
      'Score',
    ]);
    expect(screen.getByTestId('item-emergencyResponse')).toHaveTextContent(
      /^1Service qualityEmergencies20Emergency response time/,
    );
    expect(screen.getByTestId('item-emergencyClose')).toHaveTextContent(
      /^10Emergency close time/,
    );
    expect(screen.getByTestId('item-permitFailures')).toHaveTextContent(
      '−5: Failed level-1 permit start/finish report',
    );

    // §7.4: out of its true maximum of 70, ops security off and the bonus on, below the items.
    expect(screen.getByTestId('customerService-total')).toHaveTextContent(
      '33 of 70 (47.1 %)',
    );
    expect(screen.getByTestId('customerService-total')).toHaveTextContent(
      'the total is out of 70, not 100',
    );
    expect(screen.getByTestId('item-answerRate')).toHaveTextContent(
      '−2: 97 of 100 calls answered in time (97.0 %), 2 full points below 99 %',
    );
    expect(screen.getByTestId('item-opsSecurity')).toHaveTextContent(
      '−10: 2 people without a signed NDA',
    );
    expect(screen.getByTestId('item-opsSecurity')).toHaveTextContent(/−10$/);
    expect(screen.getByTestId('item-bonus')).toHaveTextContent(
      '+5: Best practice adopted by State Grid',
    );
    expect(screen.getByTestId('item-securityChecks')).toHaveTextContent(
      'Security check: Check not done',
    );

    // §9 KPIs, each over its whole quarter or half-year.
    expect(
      screen.getByTestId('kpi-dispatchSuccessRate-2026-Q4'),
    ).toHaveTextContent('Q4 2026≥ 95 %85.7 %6 of 7Missed');
    expect(screen.getByTestId('kpi-callbackRate-2026-H2')).toHaveTextContent(
      'H2 2026≥ 98 %',
    );

    // Trends over the year, month by month; the entries of the period, the voided one struck through.
    expect(await screen.findAllByTestId('trend-point')).toHaveLength(4);
    expect(api.getStatistics).toHaveBeenCalledWith('month', 2026);
    expect(await screen.findByTestId('entry-13')).toHaveAttribute(
      'data-voided',
      'true',
    );
    expect(
      within(screen.getByTestId('entry-13')).getByText('recorded by mistake'),
    ).toHaveStyle('text-decoration: line-through');
    expect(screen.getByTestId('entry-13')).toHaveTextContent('Voided by #14');
    expect(screen.getByTestId('entry-14')).toHaveTextContent('Voids #13');
    expect(api.listAssessmentEntries).toHaveBeenCalledWith({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
  });

  it('opens the tickets, calls and entries behind a deduction', async () => {
    const api = mockScorecardApi();
    await renderScorecardView(<ScorecardPage />, api, {
      initialRouteEntries: NOVEMBER,
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: /−2: Response took 20 min, over 15 min/,
      }),
    );
    let dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByRole('link', { name: 'SD-202611-00004' }),
    ).toHaveAttribute('href', '/service-desk/tickets/4');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );

    // The calls answered late are behind the answer-rate deduction.
    await userEvent.click(
      screen.getByRole('button', { name: /calls answered in time/ }),
    );
    dialog = await screen.findByRole('dialog');
    expect(
      within(dialog)
        .getAllByTestId('evidence-item')
        .map(i => i.textContent),
    ).toEqual(['C0Call', 'C1Call', 'C2Call']);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );

    // E1 was late on both emergency items: it counts once, and the other item says where.
    const excluded = within(
      screen.getByTestId('item-emergencyClose'),
    ).getByTestId('excluded');
    expect(excluded).toHaveTextContent(
      'SD-202611-00004 is counted under “Emergency response time” (no double deduction)',
    );
    expect(
      within(excluded).getByRole('link', { name: 'SD-202611-00004' }),
    ).toHaveAttribute('href', '/service-desk/tickets/4');
  });

  it('opens on the current assessment cycle of the desk time zone and asks again when the period changes', async () => {
    // 20 Nov 17:00 UTC is already 21 Nov in Shanghai: cycle 2026-12, though the UTC date is the 20th.
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-20T17:00:00Z'));
    const api = mockScorecardApi();
    await renderScorecardView(<ScorecardPage />, api);
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenCalledWith('cycle', '2026-12'),
    );
    expect(api.getStatistics).toHaveBeenCalledWith('cycle', 2026);
    expect(screen.getByLabelText('Period of the year')).toHaveTextContent(
      'Cycle 2026-12 (2026-11-21 → 2026-12-20)',
    );

    await userEvent.click(screen.getByLabelText('Period'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Quarter' }),
    );
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith('quarter', '2026-Q4'),
    );
    await userEvent.click(screen.getByLabelText('Period of the year'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Q2 2026' }),
    );
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith('quarter', '2026-Q2'),
    );
    expect(api.getStatistics).toHaveBeenLastCalledWith('quarter', 2026);

    await userEvent.click(screen.getByLabelText('Period'));
    await userEvent.click(await screen.findByRole('option', { name: 'Year' }));
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith('year', '2026'),
    );
    expect(api.getStatistics).toHaveBeenLastCalledWith('month', 2026);
    // The menu's closing transition ends on a timer: let it, before the test ends.
    await waitFor(() =>
      expect(screen.queryByRole('listbox')).not.toBeInTheDocument(),
    );
  });

  it('exports the annual form from the backend and any table as CSV', async () => {
    const downloads = captureDownloads();
    const api = mockScorecardApi();
    await renderScorecardView(<ScorecardPage />, api, {
      initialRouteEntries: NOVEMBER,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Annual form 2026 (.xlsx)' }),
    );
    await waitFor(() =>
      expect(downloads.names).toEqual(['2026年度服务台考核表.xlsx']),
    );
    expect(api.downloadAnnualWorkbook).toHaveBeenCalledWith(2026, 'en');

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Download “§7.3 Operational scorecard” as CSV',
      }),
    );
    expect(downloads.names[1]).toBe('scorecard-month-2026-11-operational.csv');
    const operational = await downloads.text(1);
    expect(operational.split('\r\n')).toEqual(
      expect.arrayContaining([
        'No.,Indicator,Sub-indicator,Points,Evaluation,Score',
        '1,Service quality,Emergencies / Emergency response time,20,"−2: Response took 20 min, over 15 min [SD-202611-00004]",18',
        '3,Service quality,Report filling / Report-filling failures,10,"−1: Cycle 2026-11: 4 failed reports (target ≤ 3), 1 full groups [recorded for the test, recorded for the test, recorded for the test, recorded for the test]",9',
        '4,Service quality,Event response / Event-response failures,20,SD-202611-00004 is counted under “Emergency response time” (no double deduction),20',
        ',Total,,100,92 of 100 (92.0 %),92',
      ]),
    );

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Download “§7.4 Customer-service scorecard” as CSV',
      }),
    );
    const customer = await downloads.text(2);
    expect(customer).toContain(
      '7,Ops security,Deductions,none,−10: 2 people without a signed NDA [recorded for the test],-10',
    );
    expect(customer).toContain(',Total,,70,33 of 70 (47.1 %),33');

    await userEvent.click(
      screen.getByRole('button', { name: 'Download “§6 Statistics” as CSV' }),
    );
    expect(await downloads.text(3)).toContain(
      'Timeliness rate,83.3 %,5 of 6 closed tickets handled within the hour',
    );
    downloads.restore();
  });

  it('warns that a leak goes to the ICT department', async () => {
    const api = mockScorecardApi({
      getScorecard: jest.fn().mockResolvedValue(reportWithLeak()),
    });
    await renderScorecardView(<ScorecardPage />, api, {
      initialRouteEntries: NOVEMBER,
    });
    const warning = await screen.findByTestId('escalation');
    expect(warning).toHaveTextContent(
      'Leak recorded: report it to the ICT department (信通部) for handling.',
    );
    await userEvent.click(
      within(warning).getByRole('button', { name: '1 record' }),
    );
    expect(await screen.findByRole('dialog')).toHaveTextContent(
      '外发设计文档 design documents sent out',
    );
    // A leak deducts nothing by itself: the total stays 33.
    expect(screen.getByTestId('customerService-total')).toHaveTextContent(
      '33 of 70',
    );
  });

  it('shows the manager form to managers only', async () => {
    await renderScorecardView(<ScorecardPage />, mockScorecardApi(), {
      initialRouteEntries: NOVEMBER,
    });
    expect(
      await screen.findByRole('form', { name: 'Record an assessment item' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Void #/ })).toHaveLength(3);
  });

  it('hides the manager form and the void buttons from the desk', async () => {
    const api = mockScorecardApi({}, ['agent', 'lead']);
    await renderScorecardView(<ScorecardPage />, api, {
      initialRouteEntries: NOVEMBER,
    });
    expect(await screen.findByTestId('entry-13')).toBeInTheDocument();
    await waitFor(() => expect(api.getMe).toHaveBeenCalled());
    expect(
      screen.queryByRole('form', { name: 'Record an assessment item' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Void #/ }),
    ).not.toBeInTheDocument();
  });

  it('tells people outside the desk that scorecards are not theirs', async () => {
    const forbidden = Object.assign(new Error('forbidden'), {
      statusCode: 403,
    });
    const api = mockScorecardApi(
      { getScorecard: jest.fn().mockRejectedValue(forbidden) },
      ['engineer'],
    );
    await renderScorecardView(<ScorecardPage />, api, {
      initialRouteEntries: NOVEMBER,
    });
    expect(
      await screen.findByText(
        /Scorecards are open to the service desk and its managers\./,
      ),
    ).toBeInTheDocument();
  });
});
