import Grid from '@material-ui/core/Grid';
import { AssessmentEntry } from '../../api/types';
import { AssessmentEntries } from '../AssessmentEntries';
import { AssessmentEntryForm } from '../AssessmentEntryForm';
import { ReportError } from './ReportError';

/** The entries behind the report and, for managers, the form that records more. */
export function ReportEntries(props: {
  entries: { value?: AssessmentEntry[]; error?: Error };
  timeZone: string;
  isManager: boolean;
  /** After an entry is recorded or voided, so every figure is fetched again. */
  onChanged: () => void;
  filename: string;
}) {
  const { entries } = props;
  return (
    <>
      <Grid item xs={12}>
        {entries.error ? (
          <ReportError error={entries.error} />
        ) : (
          <AssessmentEntries
            entries={entries.value ?? []}
            timeZone={props.timeZone}
            canVoid={props.isManager}
            onChanged={props.onChanged}
            filename={props.filename}
          />
        )}
      </Grid>
      {props.isManager && (
        <Grid item xs={12}>
          <AssessmentEntryForm
            timeZone={props.timeZone}
            onSaved={props.onChanged}
          />
        </Grid>
      )}
    </>
  );
}
