import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { isScorecardAvailable } from '../../isScorecardAvailable';
import {
  mockScorecardApi,
  renderScorecardView,
} from '../../__testUtils__/fixtures';
import { EntityScorecardContent } from './EntityScorecardContent';

const group = (name: string, type: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type, children: [] },
});

describe('EntityScorecardContent', () => {
  it("shows the desk's scorecard on a group's page, and says it is the whole desk's", async () => {
    const api = mockScorecardApi({}, ['projectManager']);
    await renderScorecardView(
      <EntityProvider entity={group('dispatch-team', 'team')}>
        <EntityScorecardContent />
      </EntityProvider>,
      api,
      {
        initialRouteEntries: [
          '/catalog/default/group/dispatch-team/scorecard?kind=month&period=2026-11',
        ],
      },
    );
    expect(
      await screen.findByTestId('customerService-total'),
    ).toHaveTextContent('33 of 70 (47.1 %)');
    expect(screen.getByTestId('operational-total')).toHaveTextContent(
      '92 of 100',
    );
    expect(
      screen.getByText(/figures cover the whole desk, not this group alone/),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith('month', '2026-11');
  });

  it('is offered on desk groups and project teams, not on customer organisations or services', () => {
    expect(isScorecardAvailable(group('desk-agents', 'team'))).toBe(true);
    expect(isScorecardAvailable(group('service-desk', 'department'))).toBe(
      true,
    );
    expect(
      isScorecardAvailable(group('grid-dispatchers', 'organization')),
    ).toBe(false);
    expect(
      isScorecardAvailable({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'ems-scada' },
      }),
    ).toBe(false);
  });
});
