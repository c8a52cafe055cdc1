import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import { AssessmentEntry } from '../../api/types';
import { ticketPath, webLink } from '../../lib/links';
import { scorecardTranslationRef } from '../../translation';

/** An entry's description with its persons, ticket and evidence below it. */
export function EntryDetails({ entry: e }: { entry: AssessmentEntry }) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  return (
    <>
      {e.description}
      {!!e.persons && (
        <Typography variant="caption" component="div">
          {t('entries.persons', { count: e.persons })}
        </Typography>
      )}
      {e.ticketId && (
        <Typography variant="caption" component="div">
          <Link to={ticketPath(e.ticketId)}>
            {t('entries.ticket', {
              ticket: e.ticketDisplayId ?? e.ticketId,
            })}
          </Link>
        </Typography>
      )}
      {e.evidenceUrl && (
        <Typography variant="caption" component="div">
          {webLink(e.evidenceUrl) ? (
            <Link
              to={webLink(e.evidenceUrl)!}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('entries.evidenceLink')}
            </Link>
          ) : (
            `${t('entries.evidenceLink')}: ${e.evidenceUrl}`
          )}
        </Typography>
      )}
    </>
  );
}
