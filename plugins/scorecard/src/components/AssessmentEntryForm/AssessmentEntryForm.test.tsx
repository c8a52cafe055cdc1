import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockScorecardApi,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { AssessmentEntryForm } from './AssessmentEntryForm';

const choose = async (label: string, option: string) => {
  await userEvent.click(screen.getByLabelText(label));
  await userEvent.click(await screen.findByRole('option', { name: option }));
};

const setDate = async (value: string) => {
  const field = screen.getByLabelText(/^Occurred at/);
  await userEvent.clear(field);
  await userEvent.type(field, value);
};

describe('AssessmentEntryForm', () => {
  it('records a graded item, its time sent with the desk time zone', async () => {
    const api = mockScorecardApi({
      createAssessmentEntry: jest.fn().mockResolvedValue({ id: '21' }),
    });
    const onSaved = jest.fn();
    await renderScorecard(
      <AssessmentEntryForm timeZone="Asia/Shanghai" onSaved={onSaved} />,
      api,
    );
    await choose('Item', 'Special work');
    await choose('Grade', 'On time, poor result');
    await setDate('2026-11-09 11:00');
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Description/ }),
      '迎峰度夏保障报告质量较差',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Evidence link/ }),
      'https://intranet.example/report/7',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(api.createAssessmentEntry).toHaveBeenCalled());
    expect(api.createAssessmentEntry.mock.calls[0][0]).toEqual({
      kind: 'special_work',
      grade: 'on_time_poor',
      // 11:00 in Shanghai (UTC+8) is 03:00 UTC.
      occurredAt: '2026-11-09T03:00:00.000Z',
      description: '迎峰度夏保障报告质量较差',
      evidenceUrl: 'https://intranet.example/report/7',
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Recorded as entry #21.',
    );
    expect(onSaved).toHaveBeenCalledWith({ id: '21' });
  });

  it('asks how many people have no NDA, and finds the ticket by its display id', async () => {
    const api = mockScorecardApi({
      createAssessmentEntry: jest.fn().mockResolvedValue({ id: '22' }),
      findTicket: jest
        .fn()
        .mockResolvedValue({ id: '4', displayId: 'SD-202611-00004' }),
    });
    await renderScorecard(
      <AssessmentEntryForm timeZone="Asia/Shanghai" onSaved={jest.fn()} />,
      api,
    );
    await choose('Item', 'Ops security');
    expect(
      screen.queryByLabelText(/People without an NDA/),
    ).not.toBeInTheDocument();
    await choose('Grade', 'No NDA signed');
    const persons = screen.getByRole('spinbutton', {
      name: /People without an NDA/,
    });
    await userEvent.clear(persons);
    await userEvent.type(persons, '2');
    await setDate('2026-11-09 11:00');
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Description/ }),
      '两名新员工未签保密协议',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Ticket/ }),
      'SD-202611-00004',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(api.createAssessmentEntry).toHaveBeenCalled());
    expect(api.findTicket).toHaveBeenCalledWith('SD-202611-00004');
    expect(api.createAssessmentEntry.mock.calls[0][0]).toMatchObject({
      kind: 'ops_security',
      grade: 'no_nda',
      persons: 2,
      ticketId: '4',
    });
  });

  it('checks the input before sending: grade, description, and the ticket an event-response failure names', async () => {
    const api = mockScorecardApi();
    await renderScorecard(
      <AssessmentEntryForm timeZone="Asia/Shanghai" onSaved={jest.fn()} />,
      api,
    );
    await choose('Item', 'Knowledge base');
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findAllByText('Required')).toHaveLength(2);

    await choose('Item', 'Event-response failure');
    expect(screen.queryByLabelText('Grade')).not.toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Description/ }),
      '响应不及时导致影响扩大',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();

    await userEvent.type(
      screen.getByRole('textbox', { name: /^Ticket/ }),
      'SD-209901-00001',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(
      await screen.findByText('No ticket SD-209901-00001'),
    ).toBeInTheDocument();
    expect(api.createAssessmentEntry).not.toHaveBeenCalled();
  });

  it('says why the backend refused', async () => {
    const api = mockScorecardApi({
      createAssessmentEntry: jest
        .fn()
        .mockRejectedValue(new Error('only managers record assessment items')),
    });
    await renderScorecard(
      <AssessmentEntryForm timeZone="Asia/Shanghai" onSaved={jest.fn()} />,
      api,
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Description/ }),
      '一级检修开工报工不合格',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Could not record: only managers record assessment items',
    );
  });
});
