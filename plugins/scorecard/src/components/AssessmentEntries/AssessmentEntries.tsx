import { Link } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { AssessmentEntry } from '../../api/types';
import { useScoreText } from '../../hooks/useScoreText';
import { CsvCell } from '../../lib/csv';
import { localDateTime } from '../../lib/format';
import { ticketPath, webLink } from '../../lib/links';
import { Section } from '../Section';
import { VoidEntryDialog } from './VoidEntryDialog';

const VOIDED = { textDecoration: 'line-through' } as const;
const NOWRAP = { whiteSpace: 'nowrap' } as const;

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

  const kindText = (e: AssessmentEntry) => {
    const kind = text.entryKind(e.kind);
    return e.grade ? `${kind} · ${text.grade(e.kind, e.grade)}` : kind;
  };
  const statusText = (e: AssessmentEntry) => {
    if (e.voidedById) return t('entries.voidedBy', { id: e.voidedById });
    if (e.voidsId) return t('entries.voids', { id: e.voidsId });
    return t('entries.counts');
  };
  const header = [
    t('entries.id'),
    t('entries.occurredAt'),
    t('entries.kind'),
    t('entries.description'),
    t('entries.recordedBy'),
    t('entries.status'),
  ];
  const csv = (): CsvCell[][] => [
    header,
    ...props.entries.map(e => [
      e.id,
      localDateTime(e.occurredAt, props.timeZone),
      kindText(e),
      [
        e.description,
        e.persons ? t('entries.persons', { count: e.persons }) : '',
        e.ticketId
          ? t('entries.ticket', { ticket: e.ticketDisplayId ?? e.ticketId })
          : '',
        e.evidenceUrl ?? '',
      ]
        .filter(Boolean)
        .join('\n'),
      e.recordedBy,
      statusText(e),
    ]),
  ];

  return (
    <Section
      title={t('entries.title')}
      csv={{ filename: props.filename, rows: csv }}
    >
      {props.entries.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              {header.map(h => (
                <TableCell key={h} style={NOWRAP}>
                  {h}
                </TableCell>
              ))}
              {props.canVoid && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {props.entries.map(e => {
              const style = e.voidedById ? VOIDED : undefined;
              return (
                <TableRow
                  key={e.id}
                  data-testid={`entry-${e.id}`}
                  data-voided={e.voidedById ? 'true' : undefined}
                >
                  <TableCell style={{ ...NOWRAP, ...style }}>#{e.id}</TableCell>
                  <TableCell style={{ ...NOWRAP, ...style }}>
                    {localDateTime(e.occurredAt, props.timeZone)}
                  </TableCell>
                  <TableCell style={style}>{kindText(e)}</TableCell>
                  <TableCell style={style}>
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
                  </TableCell>
                  <TableCell style={{ ...NOWRAP, ...style }}>
                    {e.recordedBy.replace(/^user:(default\/)?/, '')}
                  </TableCell>
                  <TableCell style={NOWRAP}>{statusText(e)}</TableCell>
                  {props.canVoid && (
                    <TableCell>
                      {!e.voidedById && e.kind !== 'void' && (
                        <Button
                          size="small"
                          onClick={() => setVoiding(e)}
                          aria-label={`${t('entries.void')} #${e.id}`}
                        >
                          {t('entries.void')}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
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
