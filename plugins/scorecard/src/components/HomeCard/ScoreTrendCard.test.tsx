import { screen, waitFor, within } from '@testing-library/react';
import {
  mockScorecardApi,
  novemberReport,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { PeriodKind } from '@internal/plugin-service-desk-common';
import { useMe } from '@internal/plugin-service-desk-react';
import { scorecardApiRef } from '../../api/ScorecardApi';
import { ScoreTrendCard } from './ScoreTrendCard';

/** November's report relabelled as a cycle, its operational total set per cycle. */
const OPERATIONAL: Record<string, number> = {
  '2026-09': 90,
  '2026-10': 95,
  '2026-11': 88,
  '2026-12': 92,
};
const cycleReport = async (kind: PeriodKind, label: string) => {
  const r = novemberReport();
  return {
    ...r,
    period: { ...r.period, kind, label },
    operational: { ...r.operational, total: OPERATIONAL[label] },
  };
};

function MeProbe() {
  const me = useMe(scorecardApiRef);
  return me.value ? <span>ready</span> : null;
}

describe('ScoreTrendCard', () => {
  // 5 December 2026 in Shanghai lies in cycle 2026-12 (21 November – 20 December).
  beforeEach(() =>
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-05T02:00:00Z')),
  );
  afterEach(() => jest.restoreAllMocks());

  it("shows a manager this cycle's totals and the three cycles before", async () => {
    const api = mockScorecardApi({
      getScorecard: jest.fn(cycleReport) as any,
    });
    renderScorecard(<ScoreTrendCard />, api);
    const card = (
      await screen.findByRole('heading', { name: "This cycle's score" })
    ).closest('.MuiCard-root') as HTMLElement;
    const now = await within(card).findByTestId('score-now');
    expect(now).toHaveTextContent('Operational (§7.3): 92 of 100 (92.0 %)');
    expect(now).toHaveTextContent('Customer service (§7.4): 33 of 70');
    const rows = within(card).getAllByTestId('score-trend-row');
    expect(
      rows.map(r =>
        Array.from(r.querySelectorAll('td')).map(td => td.textContent),
      ),
    ).toEqual([
      ['2026-12', '92', '33'],
      ['2026-11', '88', '33'],
      ['2026-10', '95', '33'],
      ['2026-09', '90', '33'],
    ]);
    expect(api.getScorecard.mock.calls).toEqual([
      ['cycle', '2026-09'],
      ['cycle', '2026-10'],
      ['cycle', '2026-11'],
      ['cycle', '2026-12'],
    ]);
    expect(
      within(card).getByRole('link', { name: 'Open the scorecard' }),
    ).toHaveAttribute('href', '/scorecard');
  });

  it('renders nothing for someone who is not a manager', async () => {
    const api = mockScorecardApi({}, ['agent']);
    const { container } = renderScorecard(
      <>
        <MeProbe />
        <ScoreTrendCard />
      </>,
      api,
    );
    await screen.findByText('ready');
    await waitFor(() =>
      expect(container.querySelector('.MuiCard-root')).toBeNull(),
    );
    expect(api.getScorecard).not.toHaveBeenCalled();
  });
});
