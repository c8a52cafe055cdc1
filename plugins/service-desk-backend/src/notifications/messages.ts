import {
  PeriodKind,
  PeriodRef,
  RosterChangeStatus,
  RosterChangeType,
  RosterSlotRef,
  ShiftKind,
  SlaClockKind,
  utcToDeskTime,
} from '@internal/plugin-service-desk-common';
import { DateTime } from 'luxon';

/** The languages the desk writes its notifications in (the portal's two). */
export const DESK_LANGUAGES = ['zh-CN', 'en'] as const;
export type DeskLanguage = (typeof DESK_LANGUAGES)[number];

/** What a notification says about its ticket, with people and the service already by name. */
export interface TicketFacts {
  displayId: string;
  title: string;
  emergency: boolean;
  /** The catalog entity's title or name. */
  service: string;
}

/** Something that happened to a ticket and that someone must act on. Times are UTC ISO strings. */
export type DeskEvent =
  | { kind: 'dispatched'; ticket: TicketFacts; by: string; at: string }
  | { kind: 'assigned'; ticket: TicketFacts; by: string; at: string }
  | {
      kind: 'returned';
      ticket: TicketFacts;
      by: string;
      at: string;
      comment: string;
    }
  | {
      kind: 'resolved';
      ticket: TicketFacts;
      by: string;
      at: string;
      resolution: string;
    }
  | { kind: 'pmConfirmed'; ticket: TicketFacts; by: string; at: string }
  | { kind: 'closed'; ticket: TicketFacts; at: string }
  | { kind: 'emergency'; ticket: TicketFacts; occurredAt: string }
  | {
      kind: 'slaWarning';
      ticket: TicketFacts;
      clock: SlaClockKind;
      /** A per cent of the allowed time used ('50', '80') or 'breach'. */
      level: string;
      deadline: string;
    }
  | {
      kind: 'rosterChange';
      type: RosterChangeType;
      slot: RosterSlotRef;
      /** The stretch of the slot that changes hands (UTC), a part of it for a short cover. */
      start: string;
      end: string;
      /** For a swap: the replacement's own slot, which the holder takes in return. */
      swapWith?: RosterSlotRef;
      status: RosterChangeStatus;
      holder: string;
      replacement: string;
      reason: string;
    }
  | {
      kind: 'periodClose';
      step: PeriodCloseStep;
      period: PeriodRef;
      by: string;
      /** The manager's reason for returning or unsealing; the lead's note on submitting. */
      reason?: string;
    }
  | {
      kind: 'appeal';
      step: AppealStep;
      period: PeriodRef;
      appealId: string;
      points: number;
      by: string;
      reason: string;
    };

export type PeriodCloseStep =
  | 'submitted'
  | 'approved'
  | 'returned'
  | 'unsealed';
export type AppealStep = 'filed' | 'accepted' | 'rejected';

export interface DeskMessage {
  title: string;
  description: string;
}

/** A comment or resolution quoted in full could fill the notification drawer; the ticket has it all. */
const QUOTE_LIMIT = 200;

function quote(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > QUOTE_LIMIT
    ? `${flat.slice(0, QUOTE_LIMIT - 1)}…`
    : flat;
}

const CLOCK_NAMES: Record<DeskLanguage, Record<SlaClockKind, string>> = {
  'zh-CN': {
    emergencyResponse: '突发事件响应',
    emergencyClose: '突发事件关单',
    timelyHandling: '及时处理',
  },
  en: {
    emergencyResponse: 'Emergency response',
    emergencyClose: 'Emergency close',
    timelyHandling: 'Timely handling',
  },
};

/** The roster's own words for its slots and changes (the portal's `roster` texts). */
const ROSTER_WORDS: Record<
  DeskLanguage,
  {
    kinds: Record<ShiftKind, string>;
    types: Record<RosterChangeType, string>;
    statuses: Record<RosterChangeStatus, string>;
  }
> = {
  'zh-CN': {
    kinds: { desk: '白班', duty: '值班' },
    types: { cover: '顶岗', swap: '换班' },
    statuses: { pending: '待审批', approved: '已批准', rejected: '已驳回' },
  },
  en: {
    kinds: { desk: 'desk shift', duty: 'duty shift' },
    types: { cover: 'Cover', swap: 'Swap' },
    statuses: {
      pending: 'awaiting approval',
      approved: 'approved',
      rejected: 'refused',
    },
  },
};

/** Periods and the steps of closing them, as the scorecard names them. */
const CLOSE_WORDS: Record<
  DeskLanguage,
  {
    kinds: Record<PeriodKind, string>;
    steps: Record<PeriodCloseStep, string>;
    appealSteps: Record<AppealStep, string>;
  }
> = {
  'zh-CN': {
    kinds: {
      cycle: '考核周期',
      month: '月度',
      quarter: '季度',
      half: '半年度',
      year: '年度',
    },
    steps: {
      submitted: '已提交封存，待审批',
      approved: '已封存',
      returned: '封存被退回',
      unsealed: '已解封',
    },
    appealSteps: { filed: '已提出', accepted: '已采纳', rejected: '已驳回' },
  },
  en: {
    kinds: {
      cycle: 'Cycle',
      month: 'Month',
      quarter: 'Quarter',
      half: 'Half-year',
      year: 'Year',
    },
    steps: {
      submitted: 'submitted for sealing',
      approved: 'sealed',
      returned: 'returned unsealed',
      unsealed: 'unsealed',
    },
    appealSteps: { filed: 'filed', accepted: 'accepted', rejected: 'rejected' },
  },
};

/** A roster date as people say it, with its weekday: `12月5日（周六）`, `Sat 5 Dec 2026`. */
function slotZh({ date, kind }: RosterSlotRef): string {
  const day = DateTime.fromISO(date, { locale: 'zh-CN' });
  return `${day.toFormat('yyyy年M月d日（EEE）')}${
    ROSTER_WORDS['zh-CN'].kinds[kind]
  }`;
}

function slotEn({ date, kind }: RosterSlotRef): string {
  const day = DateTime.fromISO(date, { locale: 'en-GB' });
  return `the ${ROSTER_WORDS.en.kinds[kind]} of ${day.toFormat(
    'ccc d LLL yyyy',
  )}`;
}

type Texts = {
  [K in DeskEvent['kind']]: (
    event: Extract<DeskEvent, { kind: K }>,
    time: (iso: string) => string,
  ) => DeskMessage;
};

const ZH: Texts = {
  dispatched: (e, time) => ({
    title: `${ticketZh(e.ticket)}已派给您：${e.ticket.title}`,
    description: `${e.by} 于 ${time(e.at)} 派单，服务：${
      e.ticket.service
    }。请指派处理人，或退回服务台。`,
  }),
  assigned: (e, time) => ({
    title: `${ticketZh(e.ticket)}已指派给您：${e.ticket.title}`,
    description: `${e.by} 于 ${time(e.at)} 指派，服务：${e.ticket.service}。`,
  }),
  returned: (e, time) => ({
    title: `${ticketZh(e.ticket)}被退回：${e.ticket.title}`,
    description: `${e.by} 于 ${time(e.at)} 退回：${quote(e.comment)}`,
  }),
  resolved: (e, time) => ({
    title: `${ticketZh(e.ticket)}已解决，请确认完成：${e.ticket.title}`,
    description: `${e.by} 于 ${time(e.at)} 解决：${quote(e.resolution)}`,
  }),
  pmConfirmed: (e, time) => ({
    title: `${ticketZh(e.ticket)}项目经理已确认完成：${e.ticket.title}`,
    description: `${e.by} 于 ${time(e.at)} 确认完成。请服务台确认，安排回访。`,
  }),
  closed: (e, time) => ({
    title: `您报告的问题已处理完毕：${e.ticket.title}`,
    description: `工单 ${e.ticket.displayId} 于 ${time(e.at)} 关闭。`,
  }),
  emergency: (e, time) => ({
    title: `突发事件 ${e.ticket.displayId}：${e.ticket.title}`,
    description: `服务：${e.ticket.service}，发生于 ${time(e.occurredAt)}。`,
  }),
  slaWarning: (e, time) => {
    const clock = CLOCK_NAMES['zh-CN'][e.clock];
    return {
      title:
        e.level === 'breach'
          ? `${e.ticket.displayId} ${clock}已超时：${e.ticket.title}`
          : `${e.ticket.displayId} ${clock}时限已用 ${e.level}%：${e.ticket.title}`,
      description: `${clock}时限截止于 ${time(e.deadline)}。`,
    };
  },
  rosterChange: (e, time) => {
    const words = ROSTER_WORDS['zh-CN'];
    const inReturn = e.swapWith
      ? `，${e.holder} 改上 ${slotZh(e.swapWith)}`
      : '';
    return {
      title: `${words.types[e.type]}${words.statuses[e.status]}：${slotZh(
        e.slot,
      )}`,
      description: `${e.replacement} 接替 ${e.holder}（${time(
        e.start,
      )} 至 ${time(e.end)}）${inReturn}。原因：${quote(e.reason)}`,
    };
  },
  periodClose: e => {
    const words = CLOSE_WORDS['zh-CN'];
    return {
      title: `${words.kinds[e.period.kind]}考核 ${e.period.label} ${
        words.steps[e.step]
      }`,
      description: `${e.by}${e.reason ? `：${quote(e.reason)}` : '。'}`,
    };
  },
  appeal: e => {
    const words = CLOSE_WORDS['zh-CN'];
    return {
      title: `扣分申诉 #${e.appealId}（${e.period.label}，${e.points} 分）${
        words.appealSteps[e.step]
      }`,
      description: `${e.by}：${quote(e.reason)}`,
    };
  },
};

const EN: Texts = {
  dispatched: (e, time) => ({
    title: `${ticketEn(e.ticket)} dispatched to you: ${e.ticket.title}`,
    description: `Dispatched by ${e.by} at ${time(e.at)}, service ${
      e.ticket.service
    }. Assign a handler or hand it back to the desk.`,
  }),
  assigned: (e, time) => ({
    title: `${ticketEn(e.ticket)} assigned to you: ${e.ticket.title}`,
    description: `Assigned by ${e.by} at ${time(e.at)}, service ${
      e.ticket.service
    }.`,
  }),
  returned: (e, time) => ({
    title: `${ticketEn(e.ticket)} returned: ${e.ticket.title}`,
    description: `Returned by ${e.by} at ${time(e.at)}: ${quote(e.comment)}`,
  }),
  resolved: (e, time) => ({
    title: `${ticketEn(e.ticket)} resolved, please confirm: ${e.ticket.title}`,
    description: `Resolved by ${e.by} at ${time(e.at)}: ${quote(e.resolution)}`,
  }),
  pmConfirmed: (e, time) => ({
    title: `${ticketEn(e.ticket)} confirmed complete by the PM: ${
      e.ticket.title
    }`,
    description: `Confirmed by ${e.by} at ${time(
      e.at,
    )}. The desk confirms it and arranges the callback.`,
  }),
  closed: (e, time) => ({
    title: `The problem you reported is done: ${e.ticket.title}`,
    description: `Ticket ${e.ticket.displayId} was closed at ${time(e.at)}.`,
  }),
  emergency: (e, time) => ({
    title: `Emergency ${e.ticket.displayId}: ${e.ticket.title}`,
    description: `Service ${e.ticket.service}, occurred at ${time(
      e.occurredAt,
    )}.`,
  }),
  slaWarning: (e, time) => {
    const clock = CLOCK_NAMES.en[e.clock];
    return {
      title:
        e.level === 'breach'
          ? `${e.ticket.displayId} ${clock} overdue: ${e.ticket.title}`
          : `${e.ticket.displayId} ${clock}: ${e.level} % of the time used: ${e.ticket.title}`,
      description: `${clock} is due at ${time(e.deadline)}.`,
    };
  },
  rosterChange: (e, time) => {
    const words = ROSTER_WORDS.en;
    const inReturn = e.swapWith
      ? `; ${e.holder} takes ${slotEn(e.swapWith)} in return`
      : '';
    return {
      title: `${words.types[e.type]} ${words.statuses[e.status]}: ${slotEn(
        e.slot,
      )}`,
      description: `${e.replacement} takes over from ${e.holder} (${time(
        e.start,
      )} – ${time(e.end)})${inReturn}. Reason: ${quote(e.reason)}`,
    };
  },
  periodClose: e => {
    const words = CLOSE_WORDS.en;
    return {
      title: `${words.kinds[e.period.kind]} ${e.period.label} ${
        words.steps[e.step]
      }`,
      description: `By ${e.by}${e.reason ? `: ${quote(e.reason)}` : '.'}`,
    };
  },
  appeal: e => {
    const words = CLOSE_WORDS.en;
    return {
      title: `Appeal #${e.appealId} of a deduction (${e.period.label}, ${
        e.points
      } points) ${words.appealSteps[e.step]}`,
      description: `By ${e.by}: ${quote(e.reason)}`,
    };
  },
};

function ticketZh(t: TicketFacts): string {
  return `${t.emergency ? '突发事件' : '工单'} ${t.displayId} `;
}

function ticketEn(t: TicketFacts): string {
  return `${t.emergency ? 'Emergency' : 'Ticket'} ${t.displayId}`;
}

const TEXTS: Record<DeskLanguage, Texts> = { 'zh-CN': ZH, en: EN };

/**
 * What a notification says, in the desk's language, with times as the desk reads them
 * (`yyyy-MM-dd HH:mm` in its zone). Pure, so every text is tested without a backend.
 */
export function deskMessage(
  event: DeskEvent,
  options: { language: DeskLanguage; timeZone: string },
): DeskMessage {
  const compose = TEXTS[options.language][event.kind] as (
    e: DeskEvent,
    time: (iso: string) => string,
  ) => DeskMessage;
  return compose(event, iso => utcToDeskTime(iso, options.timeZone));
}
