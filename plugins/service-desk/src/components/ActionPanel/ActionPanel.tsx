import { InfoCard } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Ticket, TicketAction } from '@internal/plugin-service-desk-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { serviceDeskApiRef } from '../../api/ServiceDeskApi';
import { serviceDeskTranslationRef } from '../../translation';
import { ActionDialog } from './ActionDialog';
import { ActionFields } from './actionFields';

/**
 * The actions the signed-in user may take on the ticket now (as the backend decided), each
 * asking only for what it needs. A conflict (someone acted first) reloads and says so.
 */
export function ActionPanel(props: {
  ticket: Ticket & { allowedActions: TicketAction[] };
  onChanged: () => void;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const api = useApi(serviceDeskApiRef);
  const [open, setOpen] = useState<TicketAction>();
  const [message, setMessage] = useState<{
    severity: 'success' | 'warning' | 'error';
    text: string;
  }>();
  const { ticket } = props;

  const act = async (action: TicketAction, fields: ActionFields) => {
    try {
      await api.act(ticket.id, {
        action,
        version: ticket.version,
        ...fields,
      } as any);
      setMessage({
        severity: 'success',
        text: t('ticket.done', { action: t(`actions.${action}`) }),
      });
    } catch (error: any) {
      const status = error?.response?.status ?? error?.statusCode;
      setMessage(
        status === 409
          ? { severity: 'warning', text: t('ticket.conflict') }
          : { severity: 'error', text: error.message },
      );
    } finally {
      setOpen(undefined);
      props.onChanged();
    }
  };

  return (
    <InfoCard title={t('ticket.actions')}>
      {message && (
        <Alert
          severity={message.severity}
          style={{ marginBottom: 8 }}
          data-testid="action-message"
        >
          {message.text}
        </Alert>
      )}
      {ticket.allowedActions.length === 0 && (
        <Typography>{t('ticket.noActions')}</Typography>
      )}
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {ticket.allowedActions.map(action => (
          <Button
            key={action}
            variant={action === 'comment' ? 'outlined' : 'contained'}
            color="primary"
            onClick={() => setOpen(action)}
          >
            {t(`actions.${action}`)}
          </Button>
        ))}
      </Box>
      {open && (
        <ActionDialog
          ticket={ticket}
          action={open}
          onCancel={() => setOpen(undefined)}
          onSubmit={fields => act(open, fields)}
        />
      )}
    </InfoCard>
  );
}
