import { screen, within } from '@testing-library/react';
import {
  mockScorecardApi,
  novemberReport,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { ScoreTable } from './ScoreTable';

describe('ScoreTable', () => {
  it('lays out the customer-service card as the regulation: items, ops security, bonus, subtotal and total of 70', async () => {
    const report = novemberReport();
    await renderScorecard(
      <ScoreTable
        title="§7.4 Customer-service scorecard"
        card={report.customerService}
        serviceLevels={report.serviceLevels}
        filename="c.csv"
        testId="customerService"
      />,
      mockScorecardApi(),
    );
    const rows = within(screen.getByTestId('customerService')).getAllByRole(
      'row',
    );
    expect(
      rows.map(r => within(r).queryAllByRole('cell')[0]?.textContent),
    ).toEqual([
      undefined,
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      'Items',
      'Total',
    ]);
    expect(screen.getByTestId('item-answerRate')).toHaveTextContent(
      /^1Service qualityTimely answer rate10target ≥ 99 %Missed/,
    );
    expect(screen.getByTestId('item-resolutionRate')).toHaveTextContent(
      '−15: 2026-11: 5 of 6 closed tickets timely (83.3 %), 15 full points below 99 %',
    );
    expect(screen.getByTestId('item-resolutionRate')).toHaveTextContent(/0$/);
    expect(screen.getByTestId('item-satisfaction')).toHaveTextContent(
      '−5: Unsatisfied at the callback',
    );
    expect(screen.getByTestId('item-satisfaction')).toHaveTextContent(
      '−5: Complaint about the desk',
    );
    expect(screen.getByTestId('item-bonus')).toHaveTextContent('noneup to +20');
    expect(rows[9]).toHaveTextContent('Items7038');
    expect(screen.getByTestId('customerService-total')).toHaveTextContent(
      'Total70The items add up to 70, so the total is out of 70, not 100.33 of 70 (47.1 %)',
    );
  });
});
