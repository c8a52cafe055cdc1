import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockScorecardApi,
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
