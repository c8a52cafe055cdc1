import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { Fragment, ReactNode } from 'react';

/** People by their catalog names (the id in the tooltip), separated by commas; '—' for nobody. */
export function PeopleNames(props: {
  refs: string[];
  /** Something to show after each person, e.g. the hours of their stint. */
  after?: (index: number) => ReactNode;
}) {
  if (!props.refs.length) return <>—</>;
  return (
    <>
      {props.refs.map((ref, i) => (
        <Fragment key={`${ref}-${i}`}>
          {i > 0 && ', '}
          <EntityDisplayName entityRef={ref} defaultKind="user" hideIcon />
          {props.after?.(i)}
        </Fragment>
      ))}
    </>
  );
}
