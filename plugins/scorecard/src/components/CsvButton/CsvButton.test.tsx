import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  captureDownloads,
  mockScorecardApi,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { CsvButton } from './CsvButton';

describe('CsvButton', () => {
  it('builds the CSV on click and saves it under the given name', async () => {
    const downloads = captureDownloads();
    const rows = jest.fn(() => [
      ['序号', '指标'],
      [1, '电话及时接通率, 20 秒'],
    ]);
    await renderScorecard(
      <CsvButton table="§7.1 Service levels" filename="sla.csv" rows={rows} />,
      mockScorecardApi(),
    );
    expect(rows).not.toHaveBeenCalled();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Download “§7.1 Service levels” as CSV',
      }),
    );
    expect(downloads.names).toEqual(['sla.csv']);
    expect(downloads.blobs[0].type).toBe('text/csv;charset=utf-8');
    expect(await downloads.text(0)).toBe(
      '序号,指标\r\n1,"电话及时接通率, 20 秒"\r\n',
    );
    downloads.restore();
  });
});
