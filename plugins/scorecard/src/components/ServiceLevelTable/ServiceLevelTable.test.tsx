import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockScorecardApi,
  novemberReport,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { ServiceLevelTable } from './ServiceLevelTable';

describe('ServiceLevelTable', () => {
  it('shows each §7.1 measure with target, measured value and status, and what missed it', async () => {
    await renderScorecard(
      <ServiceLevelTable
        rows={novemberReport().serviceLevels}
        filename="s.csv"
      />,
      mockScorecardApi(),
    );
    expect(screen.getByTestId('sla-qualificationRate')).toHaveTextContent(
      '9Ticket qualification rate≥ 100 %85.7 %6 of 7Missed',
    );
    expect(screen.getByTestId('sla-permitFailures')).toHaveTextContent(
      '≤ 0 times1 timeMissed',
    );
    expect(screen.getByTestId('sla-emergencyClose')).toHaveTextContent(
      '≤ 60 minlongest 1 h 25 min1 of 2 on timeMissed',
    );
    await userEvent.click(
      within(screen.getByTestId('sla-emergencyClose')).getByRole('button', {
        name: '1 record',
      }),
    );
    expect(
      await screen.findByRole('link', { name: 'SD-202611-00004' }),
    ).toHaveAttribute('href', '/service-desk/tickets/4');
  });
});
