import { ContentHeader } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { useDeskLinks } from '../../hooks/useDeskLinks';
import { serviceDeskTranslationRef } from '../../translation';

/** The title with a new ticket and, for those who keep it, the roster; then the hotline. */
export function DeskHeader(props: { showRoster: boolean }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { hotline } = useDeskConfig();
  const links = useDeskLinks();
  return (
    <>
      <ContentHeader title={t('deskPage.title')}>
        <Button
          component={RouterLink}
          to={links.newTicket}
          variant="contained"
          color="primary"
        >
          {t('deskPage.newTicket')}
        </Button>
        {props.showRoster && (
          <Button
            component={RouterLink}
            to={links.roster}
            variant="outlined"
            color="primary"
            style={{ marginLeft: 8 }}
          >
            {t('deskPage.roster')}
          </Button>
        )}
      </ContentHeader>
      {hotline && (
        <Typography variant="subtitle1" gutterBottom>
          {t('deskPage.subtitle', {
            phone: hotline.phone,
            hours: hotline.hours,
          })}
        </Typography>
      )}
    </>
  );
}
