import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { ReactNode, useId, useState } from 'react';
import { scorecardTranslationRef } from '../../translation';

/**
 * Asks for the text a recorded step takes: the lead's optional note on submitting, or the reason
 * for returning, unsealing, appealing or deciding an appeal, without which the step is not
 * offered (the backend refuses it too). `children` are further fields, below the text.
 */
export function ReasonDialog(props: {
  title: string;
  help: string;
  label: string;
  confirm: string;
  required: boolean;
  busy: boolean;
  error?: string;
  onConfirm: (text: string) => void;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const titleId = useId();
  const fieldId = useId();
  const [text, setText] = useState('');
  const missing = props.required && !text.trim();
  return (
    <Dialog
      open
      onClose={props.onCancel}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>{props.title}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">{props.help}</DialogContentText>
        <TextField
          id={fieldId}
          label={props.label}
          value={text}
          onChange={e => setText(e.target.value)}
          required={props.required}
          fullWidth
          multiline
          // The dialog asks for this text first; focus moves into it on opening, as the WAI-ARIA
          // dialog pattern has it.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        {props.children}
        {props.error && (
          <Typography color="error" role="alert">
            {props.error}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel}>{t('closing.actions.cancel')}</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={props.busy || missing}
          onClick={() => props.onConfirm(text.trim())}
        >
          {props.confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
