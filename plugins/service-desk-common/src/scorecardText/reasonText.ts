import { percentOf, thresholdValue } from '../format/percent';
import { Reason } from '../scoring/types';
import { periodName } from './periodName';
import { minutesText } from './quantities';
import { ScoreTranslate, ScorecardKey } from './translate';

/** camelCase kinds in reason params, snake_case grades as recorded: the same three checks. */
const SECURITY_CHECK_GRADE: Record<string, string> = {
  notDone: 'not_done',
  hazardMissed: 'hazard_missed',
  fixOverdue: 'fix_overdue',
};

/**
 * A reason code with its parameters as a sentence. Keys are built from the codes; each is
 * annotated `ScorecardKey`, so a new code without a message fails to compile.
 */
export function reasonText(t: ScoreTranslate, r: Reason): string {
  const p = r.params;
  const key: ScorecardKey = `reasons.${r.code}`;
  switch (r.code) {
    case 'emergencyResponseLate':
    case 'emergencyCloseLate': {
      // A clock still running must not read as answered or closed.
      const running: ScorecardKey = `reasons.${r.code}Running`;
      return t(p.running ? running : key, {
        duration: minutesText(t, Number(p.minutes)),
        limit: p.limit,
      });
    }
    case 'answerRateBelowThreshold':
    case 'resolutionRateBelowThreshold': {
      const text = t(key, {
        ...p,
        rate: percentOf(Number(p.hit), Number(p.of)),
        threshold: thresholdValue(Number(p.threshold)),
      });
      return p.month
        ? t('reasonInMonth', {
            month: periodName(t, 'month', String(p.month)),
            reason: text,
          })
        : text;
    }
    case 'securityCheckFailure': {
      const grade: ScorecardKey = `grades.security_check.${
        SECURITY_CHECK_GRADE[String(p.kind)] as 'not_done'
      }`;
      return t(key, {
        kind: SECURITY_CHECK_GRADE[String(p.kind)] ? t(grade) : String(p.kind),
      });
    }
    case 'opsNoNda':
      return t(key, { count: Number(p.persons ?? 1) });
    default:
      return t(key, p);
  }
}
