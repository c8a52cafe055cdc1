import { screen } from '@testing-library/react';
import {
  mockScorecardApi,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { Section } from './Section';

describe('Section', () => {
  it('is a named region with its CSV button', async () => {
    await renderScorecard(
      <Section title="§9 KPIs" csv={{ filename: 'k.csv', rows: () => [] }}>
        <p>table</p>
      </Section>,
      mockScorecardApi(),
    );
    expect(screen.getByRole('region', { name: '§9 KPIs' })).toHaveTextContent(
      'table',
    );
    expect(
      screen.getByRole('button', { name: 'Download “§9 KPIs” as CSV' }),
    ).toBeInTheDocument();
  });

  it('keeps words, ids and CJK words whole in its tables', async () => {
    await renderScorecard(
      <Section title="§6 Statistics">
        <table>
          <tbody>
            <tr>
              <td>已关闭 SD-202611-00024</td>
            </tr>
          </tbody>
        </table>
      </Section>,
      mockScorecardApi(),
    );
    expect(screen.getByRole('cell')).toHaveStyle({
      wordBreak: 'keep-all',
      overflowWrap: 'normal',
    });
  });
});
