import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockScorecardApi,
  novemberEntries,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { AssessmentEntries } from './AssessmentEntries';

describe('AssessmentEntries', () => {
  it('lists the entries as recorded, voided ones struck through beside their correction', async () => {
    await renderScorecard(
      <AssessmentEntries
        entries={novemberEntries}
        timeZone="Asia/Shanghai"
        canVoid={false}
        onChanged={jest.fn()}
        filename="e.csv"
      />,
      mockScorecardApi(),
    );
    const voided = screen.getByTestId('entry-13');
    expect(within(voided).getByText('#13')).toHaveStyle(
      'text-decoration: line-through',
    );
    expect(voided).toHaveTextContent('Voided by #14');
    expect(screen.getByTestId('entry-14')).toHaveTextContent(
      'Correction (void)',
    );
    expect(screen.getByTestId('entry-10')).toHaveTextContent(
      'Ops security · No NDA signed',
    );
    expect(screen.getByTestId('entry-10')).toHaveTextContent('2 people');
    expect(screen.getByTestId('entry-1')).toHaveTextContent('2026-11-05 11:00');
    // The recorder by catalog display name, the login id only in the tooltip.
    expect(
      await within(screen.getByTestId('entry-1')).findByText('黄伟'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('entry-1')).not.toHaveTextContent('huang.wei');
    expect(
      within(screen.getByTestId('entry-1')).getByText('#1'),
    ).not.toHaveStyle('text-decoration: line-through');
    expect(
      screen.queryByRole('button', { name: /^Void/ }),
    ).not.toBeInTheDocument();
  });

  it('voids an entry with a new entry naming it, on the same date', async () => {
    const api = mockScorecardApi({
      createAssessmentEntry: jest.fn().mockResolvedValue({ id: '15' }),
    });
    const onChanged = jest.fn();
    await renderScorecard(
      <AssessmentEntries
        entries={novemberEntries}
        timeZone="Asia/Shanghai"
        canVoid
        onChanged={onChanged}
        filename="e.csv"
      />,
      api,
    );
    // Only entries that still count can be voided.
    expect(
      screen
        .getAllByRole('button', { name: /^Void #/ })
        .map(b => b.getAttribute('aria-label')),
    ).toEqual(['Void #1', 'Void #7', 'Void #10']);
    await userEvent.click(screen.getByRole('button', { name: 'Void #7' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByRole('button', { name: 'Void it' }),
    ).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Why it is void/ }),
      '重复录入',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Void it' }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(api.createAssessmentEntry).toHaveBeenCalledWith({
      kind: 'void',
      voidsId: '7',
      occurredAt: '2026-11-05T03:00:00.000Z',
      description: '重复录入',
    });
  });

  it('says when there is nothing in the period', async () => {
    await renderScorecard(
      <AssessmentEntries
        entries={[]}
        timeZone="Asia/Shanghai"
        canVoid
        onChanged={jest.fn()}
        filename="e.csv"
      />,
      mockScorecardApi(),
    );
    expect(screen.getByText('No entries in this period.')).toBeInTheDocument();
  });
});
