import { MeasureRow } from '@internal/plugin-service-desk-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { useScoreText } from '../../hooks/useScoreText';
import { CsvCell } from '../../lib/csv';
import { EvidenceButton } from '../EvidenceButton';
import { Section } from '../Section';
import { TargetStatusLabel } from '../TargetStatusLabel';

/** The §7.1 table: each measure of SPEC §5 with its target, what was measured and met/missed. */
export function ServiceLevelTable(props: {
  rows: MeasureRow[];
  filename: string;
}) {
  const text = useScoreText();
  const { t } = text;
  const header = [
    t('serviceLevels.no'),
    t('serviceLevels.measure'),
    t('serviceLevels.target'),
    t('serviceLevels.measured'),
    t('serviceLevels.counts'),
    t('serviceLevels.status'),
  ];
  const csv = (): CsvCell[][] => [
    header,
    ...props.rows.map((r, i) => [
      i + 1,
      text.measure(r.id),
      text.target(r.target),
      text.measured(r),
      text.counts(r),
      text.status(r.status),
    ]),
  ];
  return (
    <Section
      title={t('serviceLevels.title')}
      csv={{ filename: props.filename, rows: csv }}
    >
      <Table size="small">
        <TableHead>
          <TableRow>
            {header.map(h => (
              <TableCell key={h}>{h}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map((r, i) => (
            <TableRow key={r.id} data-testid={`sla-${r.id}`}>
              <TableCell>{i + 1}</TableCell>
              <TableCell>{text.measure(r.id)}</TableCell>
              <TableCell>{text.target(r.target)}</TableCell>
              <TableCell>{text.measured(r)}</TableCell>
              <TableCell>{text.counts(r)}</TableCell>
              <TableCell>
                <TargetStatusLabel status={r.status} />
                {r.evidence.length > 0 && (
                  <div>
                    <EvidenceButton
                      what={text.measure(r.id)}
                      evidence={r.evidence}
                    />
                  </div>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}
