import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  Category,
  PriorityMatrix,
  REGULATION_SLA_TARGETS,
  SlaTargets,
  readCategories,
  readPriorityMatrix,
} from '@internal/plugin-service-desk-common';
import { useMemo } from 'react';

export interface Phrase {
  situation: string;
  text: string;
}

/** The parts of the `serviceDesk` config the screens need (visible to the frontend). */
export interface DeskConfig {
  timeZone: string;
  priority: PriorityMatrix;
  categories: Category[];
  phrases: Phrase[];
  taboos: string[];
  hotline?: { phone: string; hours: string };
  sla: SlaTargets;
}

export function useDeskConfig(): DeskConfig {
  const config = useApi(configApiRef);
  return useMemo(() => {
    const c = config.getOptionalConfig('serviceDesk');
    const hotline = c?.getOptionalConfig('hotline');
    return {
      timeZone: c?.getOptionalString('timeZone') ?? 'Asia/Shanghai',
      priority: readPriorityMatrix(c),
      categories: readCategories(c),
      phrases: (c?.getOptionalConfigArray('phrases') ?? []).map(p => ({
        situation: p.getString('situation'),
        text: p.getString('text'),
      })),
      taboos: c?.getOptionalStringArray('taboos') ?? [],
      hotline: hotline && {
        phone: hotline.getString('phone'),
        hours: hotline.getString('hours'),
      },
      sla: {
        emergencyResponseMinutes:
          c?.getOptionalNumber('sla.emergencyResponseMinutes') ??
          REGULATION_SLA_TARGETS.emergencyResponseMinutes,
        emergencyCloseMinutes:
          c?.getOptionalNumber('sla.emergencyCloseMinutes') ??
          REGULATION_SLA_TARGETS.emergencyCloseMinutes,
        timelyHandlingMinutes:
          c?.getOptionalNumber('sla.timelyHandlingMinutes') ??
          REGULATION_SLA_TARGETS.timelyHandlingMinutes,
        // The rule sets are backend config; the screens show the regulation's reading (§7.3(2)).
        dispatchCountsAsNotification:
          REGULATION_SLA_TARGETS.dispatchCountsAsNotification,
      },
    };
  }, [config]);
}
