import { screen } from '@testing-library/react';
import {
  mockScorecardApi,
  novemberReport,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { KpiTable } from './KpiTable';

describe('KpiTable', () => {
  it('shows dispatch success per quarter and the callback rate per half-year', async () => {
    await renderScorecard(
      <KpiTable rows={novemberReport().kpi} filename="k.csv" />,
      mockScorecardApi(),
    );
    expect(
      screen.getByTestId('kpi-dispatchSuccessRate-2026-Q4'),
    ).toHaveTextContent(
      'Desk dispatch success ratesuccessful dispatches ÷ dispatchesQ4 2026≥ 95 %85.7 %6 of 7Missed',
    );
    expect(screen.getByTestId('kpi-callbackRate-2026-H2')).toHaveTextContent(
      'Desk callback ratecallbacks ÷ e-tickets accepted by the deskH2 2026≥ 98 %85.7 %6 of 7Missed',
    );
  });
});
