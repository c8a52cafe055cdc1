import { renderTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import serviceDeskPlugin from '@internal/plugin-service-desk/alpha';
import { serviceDeskApiRef } from '@internal/plugin-service-desk';
import { screen } from '@testing-library/react';
import { catalogWithTranslatedTabs } from './translatedEntityTabs';

const LOADED = { timeout: 15_000 };

function renderEntityPage(language: 'en' | 'zh-CN') {
  const me = jest.fn().mockResolvedValue({
    userRef: 'user:default/zhang.wei',
    roles: ['projectManager'],
  });
  renderTestApp({
    features: [catalogWithTranslatedTabs, serviceDeskPlugin],
    apis: [
      [
        catalogApiRef,
        catalogApiMock({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Component',
              metadata: { name: 'ems-scada', namespace: 'default' },
              spec: { type: 'service', lifecycle: 'production', owner: 'ems' },
            },
          ],
        }),
      ],
      [
        serviceDeskApiRef,
        {
          getMe: me,
          listTickets: jest
            .fn()
            .mockResolvedValue({ items: [], totalCount: 0 }),
          previewRouting: jest.fn(() => new Promise(() => {})),
        } as any,
      ],
    ],
    config: {
      backend: { baseUrl: 'http://localhost:7007' },
      app: {
        baseUrl: 'http://localhost:3000',
        extensions: [
          {
            'api:app/app-language': {
              config: {
                availableLanguages: ['en', 'zh-CN'],
                defaultLanguage: language,
              },
            },
          },
        ],
      },
    },
    initialRouteEntries: ['/catalog/default/component/ems-scada'],
  });
}

describe("the entity page's tabs", () => {
  jest.setTimeout(30_000);
  beforeEach(() => localStorage.clear());

  it.each([
    ['en', ['Overview', 'Tickets']],
    ['zh-CN', ['概览', '工单']],
  ] as const)('are named in %s', async (language, names) => {
    renderEntityPage(language);
    // Neither name is anywhere else on the page (the sidebar names Catalog and the desk).
    for (const name of names)
      expect(await screen.findByText(name, {}, LOADED)).toBeInTheDocument();
    // The tab's content is still the desk's: the service card is on the overview.
    expect(
      await screen.findByRole(
        'heading',
        { name: language === 'en' ? 'Service desk' : '服务台' },
        LOADED,
      ),
    ).toBeInTheDocument();
  });
});
