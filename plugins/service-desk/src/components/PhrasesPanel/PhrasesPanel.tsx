import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import ListSubheader from '@material-ui/core/ListSubheader';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import { useDeskConfig } from '../../hooks/useDeskConfig';
import { serviceDeskTranslationRef } from '../../translation';

const useStyles = makeStyles({
  // The agent reads a phrase aloud word for word, so it wraps in full in the narrow column,
  // breaking only between words (or between characters in Chinese).
  phrase: {
    whiteSpace: 'normal',
    wordBreak: 'normal',
    overflowWrap: 'break-word',
    overflow: 'visible',
  },
  copy: { flexShrink: 0 },
});

/**
 * The regulation's standard phrases (§8.2–8.5) by situation, with the reporter's name filled
 * in and one click to copy, and the service taboos (§8.4) as a reminder.
 */
export function PhrasesPanel(props: { reporterName: string }) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const classes = useStyles();
  const { phrases, taboos } = useDeskConfig();
  const [copied, setCopied] = useState<number>();
  const situations = [...new Set(phrases.map(p => p.situation))];

  const copy = async (index: number, text: string) => {
    await navigator.clipboard?.writeText(text);
    setCopied(index);
  };

  return (
    <InfoCard title={t('phrases.title')}>
      <List dense>
        {situations.map(situation => (
          <li key={situation}>
            <ul style={{ padding: 0 }}>
              <ListSubheader disableSticky>
                {t(`situations.${situation as 'greeting'}`)}
              </ListSubheader>
              {phrases.map((p, i) =>
                p.situation === situation ? (
                  <ListItem
                    key={i}
                    data-testid="phrase"
                    alignItems="flex-start"
                  >
                    <ListItemText
                      primary={p.text.replaceAll('{name}', props.reporterName)}
                      primaryTypographyProps={{ className: classes.phrase }}
                    />
                    <Button
                      size="small"
                      className={classes.copy}
                      onClick={() =>
                        copy(i, p.text.replaceAll('{name}', props.reporterName))
                      }
                    >
                      {copied === i ? t('phrases.copied') : t('phrases.copy')}
                    </Button>
                  </ListItem>
                ) : null,
              )}
            </ul>
          </li>
        ))}
      </List>
      {taboos.length > 0 && (
        <>
          <Typography variant="subtitle2">{t('phrases.taboos')}</Typography>
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {taboos.map(taboo => (
              <li key={taboo}>
                <Typography variant="body2" color="textSecondary">
                  {taboo}
                </Typography>
              </li>
            ))}
          </ol>
        </>
      )}
    </InfoCard>
  );
}
