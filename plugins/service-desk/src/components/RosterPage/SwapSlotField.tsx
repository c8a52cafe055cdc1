import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import { serviceDeskTranslationRef } from '../../translation';
import { NativeSelect } from './NativeSelect';
import { slotKey } from './slots';
import { ChangeRequestState } from './useChangeRequest';

/** The replacement's slot given in exchange, picked from the ones shown. */
export function SwapSlotField(props: {
  change: Pick<
    ChangeRequestState,
    'replacement' | 'swapWith' | 'setSwapWith' | 'swapSlots'
  >;
}) {
  const { t } = useTranslationRef(serviceDeskTranslationRef);
  const { replacement, swapWith, setSwapWith, swapSlots } = props.change;
  return (
    <>
      <NativeSelect
        label={t('roster.change.swapWith')}
        value={swapWith}
        onChange={setSwapWith}
      >
        {swapSlots.map(s => (
          <option key={slotKey(s)} value={slotKey(s)}>
            {s.date} {t(`roster.kinds.${s.kind}`)}
          </option>
        ))}
      </NativeSelect>
      {replacement && swapSlots.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('roster.change.noSwapSlot')}
        </Typography>
      )}
    </>
  );
}
