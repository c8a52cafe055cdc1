import { screen } from '@testing-library/react';
import {
  mockScorecardApi,
  novemberReport,
  renderScorecard,
  seriesOf,
} from '../../__testUtils__/fixtures';
import { TrendCharts } from './TrendCharts';

describe('TrendCharts', () => {
  it('draws one chart per measure across the periods of the year, leaving gaps where nothing was measured', async () => {
    const series = seriesOf('month', 2026);
    series[9] = { ...series[10], label: '2026-10', timelinessRate: 1 };
    await renderScorecard(
      <TrendCharts
        kind="month"
        year={2026}
        series={series}
        serviceLevels={novemberReport().serviceLevels}
        filename="t.csv"
      />,
      mockScorecardApi(),
    );
    expect(screen.getByText('Trends over 2026')).toBeInTheDocument();
    const timeliness = screen.getByRole('img', { name: 'Timeliness rate' });
    expect(timeliness.querySelectorAll('circle')).toHaveLength(2);
    expect(
      [...timeliness.querySelectorAll('circle title')].map(t => t.textContent),
    ).toEqual(['2026-10: 100 %', '2026-11: 83.3 %']);
    expect(timeliness).toHaveTextContent('target ≥ 99 %');
    expect(
      screen
        .getByRole('img', { name: 'Average resolution time (min)' })
        .querySelectorAll('circle'),
    ).toHaveLength(2);
  });

  it('says when the year has no data yet', async () => {
    await renderScorecard(
      <TrendCharts
        kind="quarter"
        year={2027}
        series={seriesOf('quarter', 2027)}
        serviceLevels={[]}
        filename="t.csv"
      />,
      mockScorecardApi(),
    );
    expect(
      screen.getByRole('img', { name: 'Completion rate' }),
    ).toHaveTextContent('Q1Q2Q3Q4no data');
  });
});
