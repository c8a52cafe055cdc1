import { renderTestApp } from '@backstage/frontend-test-utils';
import homePlugin from '@backstage/plugin-home/alpha';
import serviceDeskPlugin from '@internal/plugin-service-desk/alpha';
import scorecardPlugin from '@internal/plugin-scorecard/alpha';
import { serviceDeskApiRef } from '@internal/plugin-service-desk';
import { scorecardApiRef } from '@internal/plugin-scorecard';
import { screen, waitFor, within } from '@testing-library/react';
import { navModule } from '../nav';
import { homeModule } from '.';

/** The pages and cards load lazily, and the first import of each takes a while under jest. */
const LOADED = { timeout: 15_000 };

const HOME_SAMPLES = [
  'toolkit',
  'starred-entities',
  'random-joke',
  'most-visited',
  'recently-visited',
  'world-clock',
].map(name => `home-page-widget:home/${name}`);

/** The portal as app-config.yaml sets it up: the home page at the root, a language chosen. */
function renderPortal(language: 'en' | 'zh-CN') {
  const me = jest.fn().mockResolvedValue({
    userRef: 'user:default/zhang.wei',
    roles: ['projectManager'],
  });
  const listTickets = jest.fn().mockResolvedValue({ items: [], totalCount: 0 });
  renderTestApp({
    features: [
      homePlugin,
      serviceDeskPlugin,
      scorecardPlugin,
      homeModule,
      navModule,
    ],
    apis: [
      [serviceDeskApiRef, { getMe: me, listTickets } as any],
      [scorecardApiRef, { getMe: me } as any],
    ],
    config: {
      app: {
        extensions: [
          {
            'api:app/app-language': {
              config: {
                availableLanguages: ['en', 'zh-CN'],
                defaultLanguage: language,
              },
            },
          },
          { 'page:home': { config: { path: '/' } } },
          // The home plugin's sample cards, off as in app-config.yaml (the joke card calls out).
          ...HOME_SAMPLES.map(id => ({ [id]: false })),
        ],
      },
    },
    initialRouteEntries: ['/'],
  });
  return { listTickets };
}

describe('the home page', () => {
  jest.setTimeout(30_000);
  // The app keeps the chosen language in local storage; each test chooses its own.
  beforeEach(() => localStorage.clear());

  it("is the portal's root, with the cards of the signed-in user's roles", async () => {
    const { listTickets } = renderPortal('en');
    expect(
      await screen.findByRole('heading', { name: 'Waiting on me' }, LOADED),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Nothing waits on you now.'),
    ).toBeInTheDocument();
    // A PM gets neither the desk's emergencies nor the managers' score.
    expect(
      screen.queryByRole('heading', { name: 'Open emergencies' }),
    ).toBeNull();
    expect(
      screen.queryByRole('heading', { name: "This cycle's score" }),
    ).toBeNull();
    expect(listTickets).toHaveBeenCalledTimes(1);
  });

  it('names the pages in the sidebar and the header in Chinese', async () => {
    renderPortal('zh-CN');
    expect(
      await screen.findByRole('heading', { name: '待我处理' }, LOADED),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'sidebar nav' });
    await waitFor(() =>
      expect(within(nav).getByText('服务台')).toBeInTheDocument(),
    );
    expect(within(nav).getByText('考核')).toBeInTheDocument();
    expect(within(nav).getByText('首页')).toBeInTheDocument();
    expect(nav).not.toHaveTextContent(/Service desk|Scorecard|Home/);
  });
});
