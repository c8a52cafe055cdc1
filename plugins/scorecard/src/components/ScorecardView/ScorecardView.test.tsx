import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockScorecardApi,
  novemberReport,
  renderScorecardView,
} from '../../__testUtils__/fixtures';
import { ScorecardView } from './ScorecardView';

describe('ScorecardView', () => {
  it('fetches every figure again after a manager records an entry', async () => {
    const api = mockScorecardApi({
      createAssessmentEntry: jest.fn().mockResolvedValue({ id: '30' }),
    });
    await renderScorecardView(<ScorecardView />, api, {
      initialRouteEntries: ['/scorecard?kind=month&period=2026-11'],
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: /^Description/ }),
      '开工报工不合格',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalledTimes(2));
    await waitFor(() =>
      expect(api.listAssessmentEntries).toHaveBeenCalledTimes(2),
    );
    expect(api.getStatistics).toHaveBeenCalledTimes(2);
  });

  it("shows a sealed period's closing and fetches its live figures on request", async () => {
    const sealed = {
      ...novemberReport(),
      basis: 'sealed' as const,
      close: {
        status: 'sealed' as const,
        seal: {
          id: 's1',
          kind: 'month' as const,
          label: '2026-11',
          requestId: 'r1',
          ruleSetVersion: '2026',
          submittedBy: 'user:default/li.na',
          sealedBy: 'user:default/huang.wei',
          sealedAt: '2026-12-01T02:00:00.000Z',
        },
        earlierSeals: [],
        changesSinceSealing: [],
      },
    };
    const api = mockScorecardApi({
      getScorecard: jest.fn().mockResolvedValue(sealed),
    });
    await renderScorecardView(<ScorecardView />, api, {
      initialRouteEntries: ['/scorecard?kind=month&period=2026-11'],
    });
    expect(
      screen.getByRole('region', { name: 'Closing the period' }),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith('month', '2026-11');
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show live figures' }),
    );
    await waitFor(() =>
      expect(api.getScorecard).toHaveBeenLastCalledWith('month', '2026-11', {
        live: true,
      }),
    );
  });

  it("files the lead's appeal of a line, then fetches the report and the year's appeals again", async () => {
    const open = {
      ...novemberReport(),
      close: { status: 'open' as const, earlierSeals: [] },
      appeals: [],
    };
    const api = mockScorecardApi(
      {
        getScorecard: jest.fn().mockResolvedValue(open),
        fileAppeal: jest.fn().mockResolvedValue({ id: '3' }),
      },
      ['lead'],
    );
    await renderScorecardView(<ScorecardView />, api, {
      initialRouteEntries: ['/scorecard?kind=month&period=2026-11'],
    });
    expect(api.listAppeals).toHaveBeenCalledWith(2026);
    expect(
      screen.getByRole('region', { name: 'Appeals on the periods of 2026' }),
    ).toHaveTextContent('No deduction of 2026 has been appealed.');
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Appeal −2: Response took 20 min, over 15 min',
      }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getAllByRole('textbox')[0], '日志为准');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Appeal' }),
    );
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(api.listAppeals).toHaveBeenCalledTimes(2));
  });

  it('asks for no appeals from a backend that does not close periods', async () => {
    const api = mockScorecardApi();
    await renderScorecardView(<ScorecardView />, api, {
      initialRouteEntries: ['/scorecard?kind=month&period=2026-11'],
    });
    expect(api.listAppeals).not.toHaveBeenCalled();
    expect(
      screen.queryByRole('button', { name: /^Appeal/ }),
    ).not.toBeInTheDocument();
  });

  it('explains a period without rules', async () => {
    const badPeriod = Object.assign(new Error('Request failed with 400'), {
      statusCode: 400,
      body: {
        error: {
          message:
            'period: No rule set for 2025: the earliest rule set is for 2026',
        },
      },
    });
    const api = mockScorecardApi({
      getScorecard: jest.fn().mockRejectedValue(badPeriod),
    });
    await renderScorecardView(<ScorecardView />, api, {
      initialRouteEntries: ['/scorecard?kind=year&period=2025'],
    });
    expect(
      await screen.findByText(
        /This period has no scorecard: period: No rule set for 2025/,
      ),
    ).toBeInTheDocument();
  });
});
