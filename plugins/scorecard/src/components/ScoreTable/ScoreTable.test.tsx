import { fireEvent, screen, within } from '@testing-library/react';
import {
  mockScorecardApi,
  novemberReport,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { ShowAllLinesProvider } from '../../hooks/useShowAllLines';
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

  it('says what an item left out, counted in its score, and asks for every line', async () => {
    const report = novemberReport();
    const card = {
      ...report.customerService,
      items: report.customerService.items.map(item =>
        item.id === 'satisfaction'
          ? {
              ...item,
              omitted: { deductions: 27546, points: 137730, excluded: 3 },
            }
          : item,
      ),
    };
    const showAll = jest.fn();
    await renderScorecard(
      <ShowAllLinesProvider value={showAll}>
        <ScoreTable
          title="§7.4 Customer-service scorecard"
          card={card}
          serviceLevels={report.serviceLevels}
          filename="c.csv"
          testId="customerService"
        />
      </ShowAllLinesProvider>,
      mockScorecardApi(),
    );
    const omitted = within(screen.getByTestId('item-satisfaction')).getByTestId(
      'omitted-lines',
    );
    expect(omitted).toHaveTextContent(
      '… and 27546 more deductions (−137730 in all), counted in the score',
    );
    expect(omitted).toHaveTextContent(
      '… and 3 more tickets counted under other items',
    );
    expect(screen.getAllByTestId('omitted-lines')).toHaveLength(1);
    fireEvent.click(
      within(omitted).getByRole('button', { name: 'Show every line' }),
    );
    expect(showAll).toHaveBeenCalledTimes(1);
  });
});
