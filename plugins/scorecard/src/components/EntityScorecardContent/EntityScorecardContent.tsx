import { Content } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import { scorecardTranslationRef } from '../../translation';
import { ScorecardView } from '../ScorecardView';

/**
 * The Scorecard tab of a group's page (a desk group or a project team). The regulation assesses
 * the desk as a whole and the backend scores no single group, so the tab shows the desk's
 * scorecard and says so rather than suggesting figures of the group alone.
 */
export function EntityScorecardContent() {
  const { t } = useTranslationRef(scorecardTranslationRef);
  return (
    <Content>
      <Typography variant="subtitle2" gutterBottom>
        {t('entityTab.scope')}
      </Typography>
      <ScorecardView />
    </Content>
  );
}
