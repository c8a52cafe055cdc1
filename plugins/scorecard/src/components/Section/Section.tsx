import { InfoCard } from '@backstage/core-components';
import { ReactNode } from 'react';
import { CsvCell } from '../../lib/csv';
import { CsvButton } from '../CsvButton';

/** A titled card for one of the regulation's tables, with its CSV download. */
export function Section(props: {
  title: string;
  subheader?: ReactNode;
  csv?: { filename: string; rows: () => CsvCell[][] };
  children: ReactNode;
}) {
  return (
    <section aria-label={props.title}>
      <InfoCard
        title={props.title}
        subheader={props.subheader}
        action={props.csv && <CsvButton table={props.title} {...props.csv} />}
        noPadding
      >
        {props.children}
      </InfoCard>
    </section>
  );
}
