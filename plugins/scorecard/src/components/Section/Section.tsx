import { InfoCard } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import { CsvCell } from '../../lib/csv';
import { CsvButton } from '../CsvButton';

const useStyles = makeStyles({
  // A narrow card scrolls its table sideways rather than squeezing words apart: ids, figures and
  // CJK words ("已关闭") keep whole, and lines break only between words.
  tables: {
    overflowX: 'auto',
    '& th, & td': {
      wordBreak: 'keep-all',
      overflowWrap: 'normal',
      hyphens: 'manual',
    },
  },
});

/** A titled card for one of the regulation's tables, with its CSV download. */
export function Section(props: {
  title: string;
  subheader?: ReactNode;
  csv?: { filename: string; rows: () => CsvCell[][] };
  children: ReactNode;
}) {
  const classes = useStyles();
  return (
    <section aria-label={props.title}>
      <InfoCard
        title={props.title}
        subheader={props.subheader}
        action={props.csv && <CsvButton table={props.title} {...props.csv} />}
        noPadding
      >
        <div className={classes.tables}>{props.children}</div>
      </InfoCard>
    </section>
  );
}
