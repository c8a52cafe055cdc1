import {
  Reason,
  percentOf,
  thresholdValue,
} from '@internal/plugin-service-desk-common';
import { Key, Translate, dynamic } from './messages';
import { periodName } from './periodName';
import { minutesText } from './quantities';

/** camelCase kinds in reason params, snake_case grades as recorded: the same three checks. */
const SECURITY_CHECK_GRADE: Record<string, string> = {
  notDone: 'not_done',
  hazardMissed: 'hazard_missed',
  fixOverdue: 'fix_overdue',
};

/** A reason code with its parameters as a sentence. */
export function reasonText(t: Translate, r: Reason): string {
  const p = r.params;
  const key: Key = `reasons.${r.code}`;
  const message = dynamic(t);
  switch (r.code) {
    case 'emergencyResponseLate':
    case 'emergencyCloseLate': {
      // A clock still running must not read as answered or closed.
      const running: Key = `reasons.${r.code}Running`;
      return message(p.running ? running : key, {
        duration: minutesText(t, Number(p.minutes)),
        limit: p.limit,
      });
    }
    case 'answerRateBelowThreshold':
    case 'resolutionRateBelowThreshold': {
      const text = message(key, {
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
      const grade: Key = `grades.security_check.${
        SECURITY_CHECK_GRADE[String(p.kind)] as 'not_done'
      }`;
      return message(key, {
        kind: SECURITY_CHECK_GRADE[String(p.kind)]
          ? message(grade)
          : String(p.kind),
      });
    }
    case 'opsNoNda':
      return message(key, { count: Number(p.persons ?? 1) });
    default:
      return message(key, p);
  }
}
