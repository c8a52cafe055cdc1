import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  EvidenceRef,
  FigureChange,
  ScorecardReport,
} from '@internal/plugin-service-desk-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Fragment, useId } from 'react';
import { useScoreText } from '../../hooks/useScoreText';
import { ticketPath } from '../../lib/links';
import { Key, dynamic } from '../../lib/scoreText/messages';
import { scorecardTranslationRef } from '../../translation';
import { figureName, figureValue } from './figureText';

// A value ("longest 21.7 min") reads as one; the names and moves beside it wrap instead.
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/**
 * What moved a figure. A ticket's event opens the ticket, as the evidence dialog's tickets do; its
 * label is the ticket's display id and the action's code (figureMoves), the action said in words.
 * Entries and calls are named by their own label.
 */
function Move(props: { move: EvidenceRef }) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const m = props.move;
  if (m.type !== 'event' || !m.ticketId) return <>{m.label}</>;
  const space = m.label.lastIndexOf(' ');
  const displayId = space > 0 ? m.label.slice(0, space) : m.label;
  const action = space > 0 ? m.label.slice(space + 1) : '';
  const key: Key = `closing.moves.${action as 'close'}`;
  return (
    <>
      <Link to={ticketPath(m.ticketId)}>{displayId}</Link>
      {action && ` ${dynamic(t)(key, { defaultValue: action })}`}
    </>
  );
}

/**
 * The live figures that no longer equal the sealed ones, each with the records that moved it;
 * `report` is the one shown, whose rows give each measure's unit.
 */
export function ChangesSinceSealing(props: {
  changes: FigureChange[];
  report: ScorecardReport;
}) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const text = useScoreText();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <Typography variant="h6" id={titleId} style={{ marginTop: 16 }}>
        {t('closing.changes.title')}
      </Typography>
      {props.changes.length === 0 ? (
        <Typography variant="body2">{t('closing.changes.none')}</Typography>
      ) : (
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell>{t('closing.changes.figure')}</TableCell>
              <TableCell style={NOWRAP}>
                {t('closing.changes.sealed')}
              </TableCell>
              <TableCell style={NOWRAP}>{t('closing.changes.live')}</TableCell>
              <TableCell>{t('closing.changes.moves')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.changes.map(c => (
              <TableRow key={c.figure} data-testid={`change-${c.figure}`}>
                <TableCell>{figureName(text, c.figure)}</TableCell>
                <TableCell style={NOWRAP}>
                  {figureValue(text, c.figure, c.sealed, props.report)}
                </TableCell>
                <TableCell style={NOWRAP}>
                  {figureValue(text, c.figure, c.live, props.report)}
                </TableCell>
                <TableCell>
                  {c.moves.length
                    ? c.moves.map((m, i) => (
                        <Fragment key={`${m.type}:${m.id}`}>
                          {i > 0 && ', '}
                          <Move move={m} />
                        </Fragment>
                      ))
                    : t('closing.changes.noMoves')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
