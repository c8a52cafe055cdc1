import {
  Link,
  StatusError,
  StatusOK,
  StatusPending,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { Appeal, AppealState } from '@internal/plugin-service-desk-common';
import { Me } from '@internal/plugin-service-desk-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useScoreText } from '../../hooks/useScoreText';
import { localDateTime } from '../../lib/format';
import { scorecardTranslationRef } from '../../translation';
import { EvidenceButton } from '../EvidenceButton';
import { Section } from '../Section';
import { AppealDecision } from './AppealDecision';

const STATE_LABEL: Record<AppealState, typeof StatusOK> = {
  pending: StatusPending,
  accepted: StatusOK,
  rejected: StatusError,
};

const person = (ref: string) => (
  <EntityDisplayName entityRef={ref} defaultKind="user" hideIcon />
);

/**
 * The appeals filed on the year's periods, newest first: the deduction appealed (opening its
 * evidence), the lead's reason and link, where it stands and the decision. A manager other than
 * the one who filed an appeal decides it here (scorecardAppealDecidePermission).
 */
export function AppealsList(props: {
  year: number;
  appeals: Appeal[];
  me?: Me;
  timeZone: string;
  onDecided: () => void;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const text = useScoreText();
  const { me } = props;
  const time = (iso: string) => localDateTime(iso, props.timeZone);
  const isManager = !!me?.roles.includes('manager');
  const title = t('appeals.title', { year: String(props.year) });
  const appeals = [...props.appeals].sort((a, b) =>
    b.filedAt.localeCompare(a.filedAt),
  );
  return (
    <Section title={title}>
      {appeals.length === 0 ? (
        <Typography variant="body2" style={{ padding: 16 }}>
          {t('appeals.empty', { year: String(props.year) })}
        </Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{t('appeals.columns.id')}</TableCell>
              <TableCell>{t('appeals.columns.period')}</TableCell>
              <TableCell>{t('appeals.columns.deduction')}</TableCell>
              <TableCell>{t('appeals.columns.appeal')}</TableCell>
              <TableCell>{t('appeals.columns.state')}</TableCell>
              <TableCell>{t('appeals.columns.decision')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {appeals.map(a => {
              const State = STATE_LABEL[a.state];
              const reason = text.reason(a.deduction);
              return (
                <TableRow key={a.id} data-testid={`appeal-${a.id}`}>
                  <TableCell>#{a.id}</TableCell>
                  <TableCell>{text.periodName(a.kind, a.label)}</TableCell>
                  <TableCell style={{ minWidth: 240 }}>
                    <Typography variant="caption" color="textSecondary">
                      {text.item(a.itemId)}
                    </Typography>
                    <div>
                      <EvidenceButton what={reason} evidence={a.evidence}>
                        {t('scorecard.deduction', {
                          points: text.points(a.points),
                          reason,
                        })}
                      </EvidenceButton>
                    </div>
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2">{a.reason}</Typography>
                    {a.evidenceLink && (
                      <Link to={a.evidenceLink}>{t('appeals.evidence')}</Link>
                    )}
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      component="div"
                    >
                      {t('appeals.filed', {
                        who: person(a.filedBy),
                        time: time(a.filedAt),
                      })}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <State>{t(`appeals.states.${a.state}`)}</State>
                  </TableCell>
                  <TableCell>
                    {a.decidedBy && (
                      <Typography variant="body2">
                        {t('appeals.decided', {
                          who: person(a.decidedBy),
                          time: time(a.decidedAt ?? a.filedAt),
                          reason: a.decisionReason ?? '',
                        })}
                      </Typography>
                    )}
                    {a.state === 'pending' &&
                      isManager &&
                      a.filedBy !== me?.userRef && (
                        <AppealDecision
                          appeal={a}
                          onDecided={props.onDecided}
                        />
                      )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
