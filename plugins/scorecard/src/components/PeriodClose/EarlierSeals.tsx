import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { Seal } from '@internal/plugin-service-desk-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { useId } from 'react';
import { localDateTime } from '../../lib/format';
import { scorecardTranslationRef } from '../../translation';

/** Seals a manager lifted: kept on record, each with who unsealed it and why. */
export function EarlierSeals(props: { seals: Seal[]; timeZone: string }) {
  const { t } = useTranslationRef(scorecardTranslationRef);
  const titleId = useId();
  const person = (ref: string) => (
    <EntityDisplayName entityRef={ref} defaultKind="user" hideIcon />
  );
  const time = (iso: string) => localDateTime(iso, props.timeZone);
  return (
    <section aria-labelledby={titleId}>
      <Typography variant="h6" id={titleId} style={{ marginTop: 16 }}>
        {t('closing.earlier.title')}
      </Typography>
      <List dense aria-labelledby={titleId}>
        {props.seals.map(s => (
          <ListItem key={s.id} data-testid={`earlier-seal-${s.id}`}>
            <ListItemText
              primary={t('closing.earlier.seal', {
                who: person(s.sealedBy),
                time: time(s.sealedAt),
                version: s.ruleSetVersion,
              })}
              secondary={
                s.unsealed &&
                t('closing.earlier.unsealed', {
                  who: person(s.unsealed.by),
                  time: time(s.unsealed.at),
                  reason: s.unsealed.reason,
                })
              }
            />
          </ListItem>
        ))}
      </List>
    </section>
  );
}
