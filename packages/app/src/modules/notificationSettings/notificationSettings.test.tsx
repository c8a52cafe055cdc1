import { renderTestApp } from '@backstage/frontend-test-utils';
import { notificationsApiRef } from '@backstage/plugin-notifications';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notificationSettingsModule } from '.';

const LOADED = { timeout: 15_000 };

describe('the Notifications tab of the settings', () => {
  jest.setTimeout(30_000);
  beforeEach(() => localStorage.clear());

  it("lists the desk's topics by name, each with its own switch", async () => {
    // What the notifications backend answers: the desk's topics as app-config.yaml offers them.
    const getNotificationSettings = jest.fn().mockResolvedValue({
      channels: [
        {
          id: 'Web',
          origins: [
            {
              id: 'plugin:service-desk',
              enabled: true,
              topics: [
                { id: 'service-desk-assigned', enabled: true },
                { id: 'service-desk-sla', enabled: false },
              ],
            },
          ],
        },
      ],
    });
    renderTestApp({
      features: [userSettingsPlugin, notificationSettingsModule],
      apis: [[notificationsApiRef, { getNotificationSettings } as any]],
      initialRouteEntries: ['/settings/notifications'],
    });
    expect(await screen.findByText('Service desk', {}, LOADED)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'expand row' }));
    expect(await screen.findByText('A ticket assigned to me')).toBeVisible();
    expect(screen.getByText('A time limit running out')).toBeVisible();
    expect(screen.queryByText('service-desk-assigned')).toBeNull();
    expect(getNotificationSettings).toHaveBeenCalled();
  });
});
