import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { UserNotificationSettingsCard } from '@backstage/plugin-notifications';
import {
  NOTIFICATION_ORIGIN,
  NOTIFICATION_TOPICS,
  NotificationKind,
} from '@internal/plugin-service-desk-common';
import { serviceDeskTranslationRef } from '@internal/plugin-service-desk/alpha';

/** The settings card with the desk's origin and topics named in the reader's language. */
export function NotificationSettings() {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const topicNames = Object.fromEntries(
    (Object.keys(NOTIFICATION_TOPICS) as NotificationKind[]).map(kind => [
      NOTIFICATION_TOPICS[kind],
      t(`notificationSettings.topics.${kind}`),
    ]),
  );
  return (
    <UserNotificationSettingsCard
      originNames={{ [NOTIFICATION_ORIGIN]: t('notificationSettings.origin') }}
      topicNames={topicNames}
    />
  );
}
