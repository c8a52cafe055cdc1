import {
  IconElement,
  PageLayout,
  RouteRef,
  pluginHeaderActionsApiRef,
  useApi,
  useRouteRef,
} from '@backstage/frontend-plugin-api';
import { ReactNode } from 'react';

/**
 * A plugin page's header with its title in the reader's language. PageBlueprint takes its title
 * as a plain string when the app is built (frontend-plugin-api 0.18), so the page is made with
 * `noHeader` and draws the app's own PageLayout here, where the translation ref can be read.
 */
export function PluginPageLayout(props: {
  pluginId: string;
  title: string;
  icon: IconElement;
  routeRef: RouteRef;
  children: ReactNode;
}) {
  const link = useRouteRef(props.routeRef);
  const headerActions = useApi(
    pluginHeaderActionsApiRef,
  ).getPluginHeaderActions(props.pluginId);
  return (
    <PageLayout
      title={props.title}
      icon={props.icon}
      titleLink={link?.()}
      headerActions={headerActions}
    >
      {props.children}
    </PageLayout>
  );
}
