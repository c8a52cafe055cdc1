import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockScorecardApi,
  renderScorecard,
} from '../../__testUtils__/fixtures';
import { ShowAllLinesProvider } from '../../hooks/useShowAllLines';
import { EvidenceButton } from './EvidenceButton';

describe('EvidenceButton', () => {
  it('counts the records the answer left out and asks for them all', async () => {
    const showAll = jest.fn();
    await renderScorecard(
      <ShowAllLinesProvider value={showAll}>
        <EvidenceButton
          what="Emergencies closed late"
          evidence={[{ type: 'ticket', id: '6', label: 'SD-202611-00006' }]}
          omitted={16964}
        />
      </ShowAllLinesProvider>,
      mockScorecardApi(),
    );
    await userEvent.click(
      screen.getByRole('button', { name: '16965 records' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByTestId('evidence-item')).toHaveLength(1);
    expect(within(dialog).getByTestId('omitted-evidence')).toHaveTextContent(
      '… and 16964 more records, counted in the figure',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Show every line' }),
    );
    expect(showAll).toHaveBeenCalledTimes(1);
  });

  it('lists tickets as links to the desk, calls and entries by their labels', async () => {
    await renderScorecard(
      <EvidenceButton
        what="Complaint about the desk"
        evidence={[
          { type: 'ticket', id: '6', label: 'SD-202611-00006' },
          { type: 'call', id: '103', label: 'C3' },
          {
            type: 'entry',
            id: '12',
            label: '用户投诉服务态度 complaint about manner',
          },
        ]}
      >
        −5: Complaint about the desk
      </EvidenceButton>,
      mockScorecardApi(),
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: '−5: Complaint about the desk 3 records',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Behind it: Complaint about the desk',
    });
    expect(
      within(dialog).getByRole('link', { name: 'SD-202611-00006' }),
    ).toHaveAttribute('href', '/service-desk/tickets/6');
    expect(
      within(dialog)
        .getAllByTestId('evidence-item')
        .map(i => i.textContent),
    ).toEqual([
      'SD-202611-00006Ticket',
      'C3Call',
      '用户投诉服务态度 complaint about mannerEntry #12',
    ]);
  });

  it('lists a ticket with its title, times in the desk zone and people by name', async () => {
    await renderScorecard(
      <EvidenceButton
        what="Emergency close"
        evidence={[
          {
            type: 'ticket',
            id: '4',
            label: 'SD-202611-00004',
            details: {
              title: '调度大厅大屏黑屏',
              acceptedAt: '2026-11-10T00:05:00.000Z',
              closedAt: '2026-11-10T01:30:00.000Z',
              acceptedBy: 'user:default/li.na',
              pmRef: 'user:default/zhang.wei',
            },
          },
          {
            type: 'ticket',
            id: '9',
            label: 'SD-202606-00001',
            details: {
              title: 'E3',
              acceptedAt: '2026-06-05T01:00:00.000Z',
              acceptedBy: 'user:default/li.na',
            },
          },
        ]}
      />,
      mockScorecardApi(),
    );
    await userEvent.click(screen.getByRole('button', { name: '2 records' }));
    const dialog = await screen.findByRole('dialog');
    const [closed, open] = within(dialog).getAllByTestId('evidence-item');
    expect(await within(closed).findByText('张伟')).toBeInTheDocument();
    // Shanghai is UTC+8: 00:05 and 01:30 UTC are 08:05 and 09:30 at the desk.
    expect(closed).toHaveTextContent(
      'SD-202611-00004 调度大厅大屏黑屏Accepted 2026-11-10 08:05 · closed 2026-11-10 09:30Accepted by 李娜 · PM 张伟',
    );
    expect(
      within(dialog).getByRole('link', { name: 'SD-202611-00004' }),
    ).toHaveAttribute('href', '/service-desk/tickets/4');
    expect(open).toHaveTextContent(
      'SD-202606-00001 E3Accepted 2026-06-05 09:00 · still openAccepted by 李娜',
    );
  });

  it("links a correction of an input to its ticket's history", async () => {
    const label =
      'SD-202611-00004 occurred-at — → 2026-11-03 08:51 (li.na, 2026-11-03 09:20: 按监控告警时间核定)';
    await renderScorecard(
      <EvidenceButton
        what="Emergency response"
        evidence={[
          { type: 'ticket', id: '4', label: 'SD-202611-00004' },
          { type: 'correction', id: '88', ticketId: '4', label },
        ]}
      >
        −2: Emergency response
      </EvidenceButton>,
      mockScorecardApi(),
    );
    await userEvent.click(
      screen.getByRole('button', { name: '−2: Emergency response 2 records' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Behind it: Emergency response',
    });
    expect(within(dialog).getByRole('link', { name: label })).toHaveAttribute(
      'href',
      '/service-desk/tickets/4',
    );
    expect(
      within(dialog).getByText(
        "An input the desk corrected (see the ticket's history)",
      ),
    ).toBeInTheDocument();
  });

  it('opens even with nothing behind it, and says so', async () => {
    await renderScorecard(
      <EvidenceButton what="Timely answer rate" evidence={[]} />,
      mockScorecardApi(),
    );
    await userEvent.click(screen.getByRole('button', { name: '0 records' }));
    expect(
      await screen.findByText('Nothing is recorded behind this figure.'),
    ).toBeInTheDocument();
  });
});
