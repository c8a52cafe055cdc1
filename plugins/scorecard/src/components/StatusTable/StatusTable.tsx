import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { ReactNode } from 'react';
import { CsvCell } from '../../lib/csv';
import { Section } from '../Section';

/** A row of a met/missed table: its text cells, then its status as text (CSV) and as shown. */
export interface StatusTableRow {
  key: string;
  testId: string;
  cells: CsvCell[];
  statusText: string;
  status: ReactNode;
}

/**
 * The regulation's met/missed tables (§7.1, §9) share one layout: text columns ending in a
 * status. The CSV and the screen are built from the same cells, so they cannot drift apart.
 */
export function StatusTable(props: {
  title: string;
  filename: string;
  header: string[];
  rows: StatusTableRow[];
}) {
  const csv = (): CsvCell[][] => [
    props.header,
    ...props.rows.map(r => [...r.cells, r.statusText]),
  ];
  return (
    <Section title={props.title} csv={{ filename: props.filename, rows: csv }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            {props.header.map(h => (
              <TableCell key={h}>{h}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map(r => (
            <TableRow key={r.key} data-testid={r.testId}>
              {r.cells.map((c, i) => (
                <TableCell key={i}>{c}</TableCell>
              ))}
              <TableCell>{r.status}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}
