import { Content } from '@backstage/core-components';
import { PageLayout, useTranslationRef } from '@backstage/frontend-plugin-api';
import { HomePageLayoutProps } from '@backstage/plugin-home-react/alpha';
import HomeIcon from '@material-ui/icons/Home';
import { Fragment } from 'react';
import { portalTranslationRef } from '../../translation';

/**
 * The portal's home page: the installed cards in a grid that fills each row. The cards decide
 * for whom they show (a card for another role renders nothing), which leaves no hole here as it
 * would in the home plugin's fixed, user-arranged grid.
 */
export function HomeLayout(props: HomePageLayoutProps) {
  const { t } = useTranslationRef(portalTranslationRef);
  return (
    <PageLayout title={t('home.title')} icon={<HomeIcon />}>
      <Content>
        <div
          data-testid="home-cards"
          style={{
            display: 'grid',
            gap: 24,
            gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))',
            alignItems: 'start',
          }}
        >
          {props.widgets.map((widget, index) => (
            <Fragment key={widget.name ?? index}>{widget.component}</Fragment>
          ))}
        </div>
      </Content>
    </PageLayout>
  );
}
