import {
  StatusError,
  StatusOK,
  StatusPending,
} from '@backstage/core-components';
import { TargetStatus } from '@internal/plugin-service-desk-common';
import { useScoreText } from '../../hooks/useScoreText';

/** Met, missed or no data; no data is not met, so it is shown apart from both. */
export function TargetStatusLabel(props: { status: TargetStatus }) {
  const text = useScoreText();
  switch (props.status) {
    case 'met':
      return <StatusOK>{text.status('met')}</StatusOK>;
    case 'missed':
      return <StatusError>{text.status('missed')}</StatusError>;
    default:
      return <StatusPending>{text.status('noData')}</StatusPending>;
  }
}
