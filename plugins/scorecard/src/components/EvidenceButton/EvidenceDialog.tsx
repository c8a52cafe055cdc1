import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EvidenceRef } from '@internal/plugin-service-desk-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { useId } from 'react';
import { useShowAllLines } from '../../hooks/useShowAllLines';
import { ticketPath } from '../../lib/links';
import { TicketDetails } from './TicketDetails';
import { scorecardTranslationRef } from '../../translation';

/** What is behind a figure: tickets open on the desk's ticket screen, calls and entries by label. */
export function EvidenceDialog(props: {
  open: boolean;
  what: string;
  evidence: EvidenceRef[];
  omitted?: number;
  onClose: () => void;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const showAll = useShowAllLines();
  const titleId = useId();
  const kindOf = (e: EvidenceRef) => {
    switch (e.type) {
      case 'ticket':
        return t('evidence.ticket');
      case 'call':
        return t('evidence.call');
      case 'correction':
        return t('evidence.correction');
      default:
        return t('evidence.entry', { id: e.id });
    }
  };
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>
        {t('evidence.title', { what: props.what })}
      </DialogTitle>
      <DialogContent dividers>
        {props.evidence.length ? (
          <List dense aria-label={t('evidence.title', { what: props.what })}>
            {props.evidence.map(e => (
              <ListItem key={`${e.type}:${e.id}`} data-testid="evidence-item">
                <ListItemText
                  primary={
                    e.type === 'ticket' || e.type === 'correction' ? (
                      <>
                        <Link to={ticketPath(e.ticketId ?? e.id)}>
                          {e.label}
                        </Link>
                        {e.details && ` ${e.details.title}`}
                      </>
                    ) : (
                      e.label
                    )
                  }
                  secondary={
                    e.details ? (
                      <TicketDetails details={e.details} />
                    ) : (
                      kindOf(e)
                    )
                  }
                  secondaryTypographyProps={{ component: 'div' }}
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography>{t('evidence.empty')}</Typography>
        )}
        {!!props.omitted && (
          <div data-testid="omitted-evidence">
            <Typography variant="body2" color="textSecondary">
              {t('evidence.omitted', { records: String(props.omitted) })}
            </Typography>
            {showAll && (
              <Button size="small" color="primary" onClick={showAll}>
                {t('scorecard.showAllLines')}
              </Button>
            )}
          </div>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('evidence.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
