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

  it('rounds each rate half-up from its counts, as a spreadsheet does', async () => {
    const statistics = {
      ...novemberReport().statistics,
      closed: 9,
      timely: 8,
      accepted: 16,
      closedOfAccepted: 1,
      ratings: 3,
      satisfied: 2,
    };
    await renderScorecard(
      <StatisticsTable statistics={statistics} filename="s.csv" />,
      mockScorecardApi(),
    );
    // 88.88… → 88.9 (not cut to 88.8), 6.25 → 6.3, 66.66… → 66.7.
    expect(screen.getByTestId('statistics-timeliness')).toHaveTextContent(
      '88.9 %',
    );
    expect(screen.getByTestId('statistics-completion')).toHaveTextContent(
      '6.3 %',
    );
    expect(screen.getByTestId('statistics-satisfaction')).toHaveTextContent(
      '66.7 %',
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
