import { AssessmentEntry } from '../../api/types';
import { ScoreText } from '../../hooks/useScoreText';
import { CsvCell } from '../../lib/csv';
import { localDateTime } from '../../lib/format';

/** The kind of an entry, with its grade when it has one. */
export const kindText = (text: ScoreText, e: AssessmentEntry) => {
  const kind = text.entryKind(e.kind);
  return e.grade ? `${kind} · ${text.grade(e.kind, e.grade)}` : kind;
};

/** Whether an entry counts, was voided, or voids another. */
export const statusText = ({ t }: ScoreText, e: AssessmentEntry) => {
  if (e.voidedById) return t('entries.voidedBy', { id: e.voidedById });
  if (e.voidsId) return t('entries.voids', { id: e.voidsId });
  return t('entries.counts');
};

export const entriesHeader = ({ t }: ScoreText) => [
  t('entries.id'),
  t('entries.occurredAt'),
  t('entries.kind'),
  t('entries.description'),
  t('entries.recordedBy'),
  t('entries.status'),
];

/** The entries as the CSV export lists them: the description cell holds every detail, a line each. */
export const entriesCsv = (
  text: ScoreText,
  entries: AssessmentEntry[],
  timeZone: string,
): CsvCell[][] => [
  entriesHeader(text),
  ...entries.map(e => [
    e.id,
    localDateTime(e.occurredAt, timeZone),
    kindText(text, e),
    [
      e.description,
      e.persons ? text.t('entries.persons', { count: e.persons }) : '',
      e.ticketId
        ? text.t('entries.ticket', { ticket: e.ticketDisplayId ?? e.ticketId })
        : '',
      e.evidenceUrl ?? '',
    ]
      .filter(Boolean)
      .join('\n'),
    e.recordedBy,
    statusText(text, e),
  ]),
];
