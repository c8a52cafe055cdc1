import { screen } from '@testing-library/react';
import {
  mockScorecardApi,
  novemberReport,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { StatisticsTable } from './StatisticsTable';

describe('StatisticsTable', () => {
  it('shows each rate with the counts behind it', async () => {
    await renderScorecard(
      <StatisticsTable
        statistics={novemberReport().statistics}
        filename="s.csv"
      />,
      mockScorecardApi(),
    );
    expect(screen.getByTestId('statistics-timeliness')).toHaveTextContent(
      'Timeliness rate83.3 %5 of 6 closed tickets handled within the hour',
    );
    expect(screen.getByTestId('statistics-resolution')).toHaveTextContent(
      'Average resolution time6 h 44 minacceptance to close, over 6 closed tickets',
    );
  });

  it('shows a dash, not 0 %, when nothing was closed', async () => {
    const empty = {
      closed: 0,
      timely: 0,
      accepted: 0,
      closedOfAccepted: 0,
      ratings: 0,
      satisfied: 0,
    };
    await renderScorecard(
      <StatisticsTable statistics={empty} filename="s.csv" />,
      mockScorecardApi(),
    );
    expect(screen.getByTestId('statistics-timeliness')).toHaveTextContent(
      'Timeliness rate—0 of 0',
    );
  });
});
