import { Content, ContentHeader } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardTranslationRef } from '../../translation';
import { ScorecardView } from '../ScorecardView';

/** The scorecard page (/scorecard): the desk's figures for the chosen period. */
export function ScorecardPage() {
  const { t } = useTranslationRef(scorecardTranslationRef);
  return (
    <Content>
      <ContentHeader title={t('page.title')} description={t('page.subtitle')} />
      <ScorecardView />
    </Content>
  );
}
