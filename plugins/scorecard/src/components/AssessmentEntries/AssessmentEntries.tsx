import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { AssessmentEntry } from '../../api/types';
import { useScoreText } from '../../hooks/useScoreText';
import { Section } from '../Section';
import { EntryRow, NOWRAP } from './EntryRow';
import { entriesCsv, entriesHeader } from './entryText';
import { VoidEntryDialog } from './VoidEntryDialog';

/**
 * The assessment entries of the period, as recorded. Voided ones stay, struck through, beside
 * the correction that voided them; managers can void an entry that still counts.
 */
export function AssessmentEntries(props: {
  entries: AssessmentEntry[];
  timeZone: string;
  canVoid: boolean;
  onChanged: () => void;
  filename: string;
}) {
  const text = useScoreText();
  const { t } = text;
  const [voiding, setVoiding] = useState<AssessmentEntry>();
  const csv = () => entriesCsv(text, props.entries, props.timeZone);

  return (
    <Section
      title={t('entries.title')}
      csv={{ filename: props.filename, rows: csv }}
    >
      {props.entries.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              {entriesHeader(text).map(h => (
                <TableCell key={h} style={NOWRAP}>
                  {h}
                </TableCell>
              ))}
              {props.canVoid && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {props.entries.map(e => (
              <EntryRow
                key={e.id}
                entry={e}
                timeZone={props.timeZone}
                onVoid={props.canVoid ? setVoiding : undefined}
              />
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography style={{ padding: 16 }}>{t('entries.empty')}</Typography>
      )}
      <VoidEntryDialog
        entry={voiding}
        onClose={voided => {
          setVoiding(undefined);
          if (voided) props.onChanged();
        }}
      />
    </Section>
  );
}
