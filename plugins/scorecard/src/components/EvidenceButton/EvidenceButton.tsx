import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EvidenceRef } from '@internal/plugin-service-desk-common';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode, useState } from 'react';
import { scorecardTranslationRef } from '../../translation';
import { EvidenceDialog } from './EvidenceDialog';

const useStyles = makeStyles(theme => ({
  count: { marginLeft: theme.spacing(1), whiteSpace: 'nowrap' },
}));

/**
 * A deduction, escalation or missed target that opens what is behind it. Every figure on the
 * scorecard can be traced (SPEC §7), so even one without recorded evidence opens and says so.
 */
export function EvidenceButton(props: {
  what: string;
  evidence: EvidenceRef[];
  /** The records the answer left out (`evidenceOmitted`): counted here, listed on asking. */
  omitted?: number;
  children?: ReactNode;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const classes = useStyles();
  const [open, setOpen] = useState(false);
  const count = t('evidence.open', {
    count: props.evidence.length + (props.omitted ?? 0),
  });
  return (
    <>
      <Link
        component="button"
        variant="body2"
        align="left"
        onClick={() => setOpen(true)}
      >
        {props.children ?? count}
        {props.children ? ' ' : null}
        {props.children ? (
          <Typography
            component="span"
            variant="caption"
            color="textSecondary"
            className={classes.count}
          >
            {count}
          </Typography>
        ) : null}
      </Link>
      <EvidenceDialog
        open={open}
        what={props.what}
        evidence={props.evidence}
        omitted={props.omitted}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
