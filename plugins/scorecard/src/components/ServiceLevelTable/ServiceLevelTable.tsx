import { MeasureRow } from '@internal/plugin-service-desk-common';
import { useScoreText } from '../../hooks/useScoreText';
import { EvidenceButton } from '../EvidenceButton';
import { StatusTable } from '../StatusTable';
import { TargetStatusLabel } from '../TargetStatusLabel';

/** The §7.1 table: each measure of SPEC §5 with its target, what was measured and met/missed. */
export function ServiceLevelTable(props: {
  rows: MeasureRow[];
  filename: string;
}) {
  const text = useScoreText();
  const { t } = text;
  return (
    <StatusTable
      title={t('serviceLevels.title')}
      filename={props.filename}
      header={[
        t('serviceLevels.no'),
        t('serviceLevels.measure'),
        t('serviceLevels.target'),
        t('serviceLevels.measured'),
        t('serviceLevels.counts'),
        t('serviceLevels.status'),
      ]}
      rows={props.rows.map((r, i) => ({
        key: r.id,
        testId: `sla-${r.id}`,
        cells: [
          i + 1,
          text.measure(r.id),
          text.target(r.target),
          text.measured(r),
          text.counts(r),
        ],
        statusText: text.status(r.status),
        status: (
          <>
            <TargetStatusLabel status={r.status} />
            {(r.evidence.length > 0 || !!r.evidenceOmitted) && (
              <div>
                <EvidenceButton
                  what={text.measure(r.id)}
                  evidence={r.evidence}
                  omitted={r.evidenceOmitted}
                />
              </div>
            )}
          </>
        ),
      }))}
    />
  );
}
