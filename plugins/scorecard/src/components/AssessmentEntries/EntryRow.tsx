import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { AssessmentEntry } from '../../api/types';
import { useScoreText } from '../../hooks/useScoreText';
import { localDateTime } from '../../lib/format';
import { EntryDetails } from './EntryDetails';
import { kindText, statusText } from './entryText';

const VOIDED = { textDecoration: 'line-through' } as const;
export const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** One entry, struck through when voided; a Void button for managers while it counts. */
export function EntryRow({
  entry: e,
  timeZone,
  onVoid,
}: {
  entry: AssessmentEntry;
  timeZone: string;
  /** Set when the reader may void entries. */
  onVoid?: (entry: AssessmentEntry) => void;
}) {
  const text = useScoreText();
  const { t } = text;
  const style = e.voidedById ? VOIDED : undefined;
  return (
    <TableRow
      data-testid={`entry-${e.id}`}
      data-voided={e.voidedById ? 'true' : undefined}
    >
      <TableCell style={{ ...NOWRAP, ...style }}>#{e.id}</TableCell>
      <TableCell style={{ ...NOWRAP, ...style }}>
        {localDateTime(e.occurredAt, timeZone)}
      </TableCell>
      <TableCell style={style}>{kindText(text, e)}</TableCell>
      <TableCell style={style}>
        <EntryDetails entry={e} />
      </TableCell>
      <TableCell style={{ ...NOWRAP, ...style }}>
        <EntityDisplayName entityRef={e.recordedBy} hideIcon />
      </TableCell>
      <TableCell style={NOWRAP}>{statusText(text, e)}</TableCell>
      {onVoid && (
        <TableCell>
          {!e.voidedById && e.kind !== 'void' && (
            <Button
              size="small"
              onClick={() => onVoid(e)}
              aria-label={`${t('entries.void')} #${e.id}`}
            >
              {t('entries.void')}
            </Button>
          )}
        </TableCell>
      )}
    </TableRow>
  );
}
