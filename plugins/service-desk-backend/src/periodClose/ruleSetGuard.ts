import {
  RuleSet,
  sealedRuleSetConflicts,
} from '@internal/plugin-service-desk-common';
import { PeriodCloseStore } from '../database/PeriodCloseStore';

/**
 * Start-up refuses a configuration that changed a rule-set version a sealed report was scored
 * by: the sealed figures would no longer follow from the rules they name. An amendment is a new
 * version with its own effective date (README → Rule sets and their versions).
 */
export async function refuseChangedSealedRuleSets(
  ruleSets: RuleSet[],
  store: Pick<PeriodCloseStore, 'sealedVersions'>,
): Promise<void> {
  const conflicts = sealedRuleSetConflicts(
    ruleSets,
    await store.sealedVersions(),
  );
  if (conflicts.length)
    throw new Error(
      `serviceDesk.ruleSets changed a version that sealed reports use: ${conflicts.join(
        '; ',
      )}`,
    );
}
