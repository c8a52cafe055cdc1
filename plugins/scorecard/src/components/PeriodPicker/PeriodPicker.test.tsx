import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockScorecardApi,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { PeriodPicker } from './PeriodPicker';

const config = {
  timeZone: 'Asia/Shanghai',
  cycleStartDay: () => 21,
  firstYear: 2026,
};

describe('PeriodPicker', () => {
  beforeEach(() =>
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-28T10:00:00Z')),
  );
  afterEach(() => jest.restoreAllMocks());

  it('offers the cycles of the year with their dates, named by the month they end in', async () => {
    const onChange = jest.fn();
    await renderScorecard(
      <PeriodPicker
        period={{ kind: 'cycle', label: '2026-12', year: 2026 }}
        config={config}
        onChange={onChange}
      />,
      mockScorecardApi(),
    );
    await userEvent.click(screen.getByLabelText('Period of the year'));
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toHaveLength(12);
    expect(options[0]).toHaveTextContent(
      'Cycle 2026-01 (2025-12-21 → 2026-01-20)',
    );
    await userEvent.click(
      screen.getByRole('option', {
        name: 'Cycle 2026-11 (2026-10-21 → 2026-11-20)',
      }),
    );
    expect(onChange).toHaveBeenCalledWith({ label: '2026-11' });
  });

  it('offers the years from the first rule set, and no period list for a whole year', async () => {
    const onChange = jest.fn();
    await renderScorecard(
      <PeriodPicker
        period={{ kind: 'year', label: '2026', year: 2026 }}
        config={config}
        onChange={onChange}
      />,
      mockScorecardApi(),
    );
    expect(
      screen.queryByLabelText('Period of the year'),
    ).not.toBeInTheDocument();
    await userEvent.click(document.getElementById('scorecard-period-year')!);
    expect(
      (await screen.findAllByRole('option')).map(o => o.textContent),
    ).toEqual(['Year 2026']);
  });
});
