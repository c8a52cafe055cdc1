import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  captureDownloads,
  mockScorecardApi,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { ExportAnnualButton } from './ExportAnnualButton';

describe('ExportAnnualButton', () => {
  it("saves the backend's workbook of the year", async () => {
    const downloads = captureDownloads();
    const api = mockScorecardApi();
    await renderScorecard(<ExportAnnualButton year={2026} />, api);
    await userEvent.click(
      screen.getByRole('button', { name: 'Annual form 2026 (.xlsx)' }),
    );
    await waitFor(() =>
      expect(downloads.names).toEqual(['2026年度服务台考核表.xlsx']),
    );
    expect(api.downloadAnnualWorkbook).toHaveBeenCalledWith(2026, 'en');
    expect(await downloads.text(0)).toBe('xlsx');
    downloads.restore();
  });

  it("asks for the form in the reader's Chinese", async () => {
    const downloads = captureDownloads();
    const api = mockScorecardApi();
    await renderScorecard(<ExportAnnualButton year={2026} />, api, {
      language: 'zh-CN',
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: '导出 2026 年度考核表（.xlsx）',
      }),
    );
    await waitFor(() =>
      expect(api.downloadAnnualWorkbook).toHaveBeenCalledWith(2026, 'zh-CN'),
    );
    downloads.restore();
  });

  it('says why the export failed', async () => {
    const api = mockScorecardApi({
      downloadAnnualWorkbook: jest
        .fn()
        .mockRejectedValue(new Error('Forbidden')),
    });
    await renderScorecard(<ExportAnnualButton year={2026} />, api);
    await userEvent.click(
      screen.getByRole('button', { name: 'Annual form 2026 (.xlsx)' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not export: Forbidden',
    );
  });
});
