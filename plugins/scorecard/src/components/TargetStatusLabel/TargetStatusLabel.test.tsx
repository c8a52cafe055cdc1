import { screen } from '@testing-library/react';
import {
  mockScorecardApi,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { TargetStatusLabel } from './TargetStatusLabel';

describe('TargetStatusLabel', () => {
  it.each([
    ['met', 'Met'],
    ['missed', 'Missed'],
    ['noData', 'No data'],
  ] as const)('shows %s as %s', async (status, text) => {
    await renderScorecard(
      <TargetStatusLabel status={status} />,
      mockScorecardApi(),
    );
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});
