import { parseEntityRef } from '@backstage/catalog-model';
import {
  Adjustment,
  EvidenceRef,
  PeriodKind,
  ScoreLine,
  ScoreTranslate,
  ScorecardLanguage,
  ScorecardReport,
  TargetStatus,
  createScoreTranslator,
  deskDate,
  lastDeskDate,
  periodName,
  pointsValue,
  reasonText,
  utcToDeskTime,
} from '@internal/plugin-service-desk-common';

/**
 * A person as the form names them: the entity ref's name, with its namespace only when it is not
 * the default one (the form is read on paper, where `user:default/` says nothing).
 */
function personName(ref: string | undefined): string {
  if (!ref) return '';
  try {
    const { namespace, name } = parseEntityRef(ref, {
      defaultKind: 'user',
      defaultNamespace: 'default',
    });
    return namespace === 'default' ? name : `${namespace}/${name}`;
  } catch {
    return ref;
  }
}

/**
 * The form's words in one language: the screen's translations, with times in the desk's zone.
 * Every cell of words goes through here, so no code or raw parameter reaches the sheet.
 */
export function formText(options: {
  language: ScorecardLanguage;
  timeZone: string;
  year: number;
  /** Catalog names of the people on the form; the ref's name stands in for anyone missing. */
  names?: ReadonlyMap<string, string>;
}) {
  const { language, timeZone, year, names } = options;
  const person = (ref: string | undefined) =>
    (ref && names?.get(ref)) || personName(ref);
  const t: ScoreTranslate = createScoreTranslator(language);
  const title = t('workbook.title', { year });
  const time = (iso: string | undefined) => utcToDeskTime(iso, timeZone);

  /** A ticket with its acceptance and close in the desk's zone; other records by what they are. */
  const evidenceText = (ref: EvidenceRef): string => {
    switch (ref.type) {
      case 'ticket': {
        if (!ref.details) return ref.label;
        const { acceptedAt, closedAt } = ref.details;
        const times = [
          t('evidence.accepted', { time: time(acceptedAt) }),
          closedAt
            ? t('evidence.closed', { time: time(closedAt) })
            : t('evidence.stillOpen'),
        ];
        return t('workbook.ticket', {
          ticket: ref.label,
          times: times.join(t('workbook.listSeparator')),
        });
      }
      case 'entry':
        return `${t('evidence.entry', { id: ref.id })} ${ref.label}`;
      case 'call':
        return `${t('evidence.call')} ${ref.label}`;
      default:
        // A correction's label is the desk's log line; the ticket it belongs to is listed beside it.
        return t('evidence.correction');
    }
  };

  const withEvidence = (text: string, evidence: EvidenceRef[]) => {
    const listed = [...new Set(evidence.map(evidenceText))];
    return listed.length
      ? t('workbook.withEvidence', {
          text,
          evidence: listed.join(t('workbook.evidenceSeparator')),
        })
      : text;
  };

  const period = (kind: PeriodKind, label: string) =>
    kind === 'cycle'
      ? t('workbook.cycle', { label })
      : periodName(t, kind, label);

  return {
    t,
    /** 《YYYY年度服务台考核表》 */
    title,
    /** The heading of an annex: the form's title and the table's. */
    annex: (table: string) => t('workbook.annex', { form: title, table }),
    time,
    points: pointsValue,
    period,
    person,
    /** A period's first and last day in the desk's zone. */
    range: ({ start, end }: ScorecardReport['period']) => ({
      from: deskDate(start, timeZone),
      to: lastDeskDate(end, timeZone),
    }),
    status: (status: TargetStatus) => t(`status.${status}`),
    /** A deduction or addition in words, with the records behind it. */
    line: (sign: 'deduction' | 'addition', line: ScoreLine) =>
      withEvidence(
        t(`scorecard.${sign}`, {
          points: pointsValue(line.points),
          reason: reasonText(t, line.reason),
        }),
        line.evidence,
      ),
    /** What an appeal is about: the deduction in words, with the records behind it. */
    deduction: (reason: ScoreLine['reason'], evidence: EvidenceRef[]) =>
      withEvidence(reasonText(t, reason), evidence),
    adjustment: (a: Adjustment) =>
      t('workbook.adjustment', {
        id: a.appealId,
        points: pointsValue(a.points),
        reason: reasonText(t, a.reason),
      }),
    /** Where the period's closing stands, as the screen's closing panel says it. */
    seal: (report: ScorecardReport) => {
      const close = report.close;
      if (close?.status === 'sealed' && close.seal)
        return t('closing.status.sealed', {
          who: person(close.seal.sealedBy),
          time: time(close.seal.sealedAt),
          version: close.seal.ruleSetVersion,
        });
      if (close?.status === 'submitted' && close.request)
        return t('closing.status.submitted', {
          who: person(close.request.submittedBy),
        });
      return t('closing.status.open');
    },
  };
}

export type FormText = ReturnType<typeof formText>;
