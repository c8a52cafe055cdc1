import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { PersonLink } from '../PersonPicker';

/** One field of the ticket: its label, then its value. */
export function FieldRow(props: { label: string; children: ReactNode }) {
  return (
    <>
      <Grid item xs={4}>
        <Typography variant="body2" color="textSecondary">
          {props.label}
        </Typography>
      </Grid>
      <Grid item xs={8}>
        <Typography variant="body2" component="div">
          {props.children}
        </Typography>
      </Grid>
    </>
  );
}

/** A link to the catalog entity, or a dash when there is none. */
export function RefOrDash(props: { entityRef?: string }) {
  return props.entityRef ? (
    <EntityRefLink entityRef={props.entityRef} hideIcon />
  ) : (
    <>—</>
  );
}

/** A person by display name, or a dash when there is none. */
export function PersonOrDash(props: { person?: string }) {
  return props.person ? <PersonLink person={props.person} /> : <>—</>;
}
