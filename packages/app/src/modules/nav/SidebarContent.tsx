import { Sidebar, SidebarItem } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { NavContentComponentProps } from '@backstage/plugin-app-react';
import { serviceDeskTranslationRef } from '@internal/plugin-service-desk/alpha';
import { scorecardTranslationRef } from '@internal/plugin-scorecard/alpha';
import { portalTranslationRef } from '../../translation';

/**
 * The sidebar with every page the app installs, as Backstage's default lists them, but named in
 * the reader's language: a page's nav title is a plain string in this release, so the pages
 * whose plugins translate their name are looked up here by extension id. Pages not listed keep
 * the name their plugin gives.
 */
export function SidebarContent(props: NavContentComponentProps) {
  const desk = useTranslationRef(serviceDeskTranslationRef).t;
  const scorecard = useTranslationRef(scorecardTranslationRef).t;
  const portal = useTranslationRef(portalTranslationRef).t;
  const titles: Record<string, string> = {
    'page:home': portal('home.title'),
    'page:service-desk': desk('nav.title'),
    'page:scorecard': scorecard('nav.title'),
  };
  return (
    <Sidebar>
      {props.navItems.rest().map(item => (
        <SidebarItem
          key={item.node.spec.id}
          to={item.href}
          icon={() => item.icon}
          text={titles[item.node.spec.id] ?? item.title}
        />
      ))}
    </Sidebar>
  );
}
