import { screen } from '@testing-library/react';
import { mockDeskApi, renderDesk } from '../../__testUtils__/fixtures';
import { DeskStatus } from './DeskStatus';

describe('DeskStatus', () => {
  it("rounds today's answered-in-time rate half-up from the counts", async () => {
    // 23/80 is 28.75 %, which the binary fraction 0.2875 × 100 would cut to 28.7 %.
    const api = mockDeskApi({
      getCallsToday: jest.fn().mockResolvedValue({
        answered: 80,
        inTime: 23,
        answerSeconds: 20,
        rate: 23 / 80,
      }),
    });
    await renderDesk(<DeskStatus />, api);
    expect(
      await screen.findByText('Today answered within 20 s: 28.8% (23/80)'),
    ).toBeInTheDocument();
  });
});
