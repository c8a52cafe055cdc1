/**
 * Types, lifecycle, permissions and rules of the service desk, shared by its frontend and backend.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './lifecycle';
export * from './waiting';
export * from './roles';
export * from './labels';
export * from './deskTime';
export * from './priority';
export * from './categories';
export * from './displayId';
export * from './ids';
export * from './permissions';
export * from './validation';
export * from './refs';
export * from './search/searchGrams';
export * from './engineers';
export * from './sla';
export * from './signals';
export * from './assessment';
export * from './scoring/types';
export * from './scoring/periods';
export * from './scoring/recentPeriods';
export * from './scoring/ruleSets';
export * from './scoring/sealedRuleSets';
export * from './scoring/noDoubleDeduction';
export * from './scoring/operational';
export * from './scoring/customerService';
export * from './scoring/serviceLevels';
export * from './calls';
export * from './alerts';
export * from './scoring/report';
export * from './scoring/periodClose';
export * from './scoring/deductionKeys';
export * from './scoring/appeals';
export * from './scoring/figureChanges';
export * from './scoring/boundedReport';
export * from './roster';
export * from './roster/restRule';
export * from './roster/rotation';
export * from './format/percent';
export * from './format/duration';
export * from './notificationTopics';
export * from './scorecardText/closingMessages';
export * from './scorecardText/appealMessages';
export * from './scorecardText/scorecardMessagesEn';
export * from './scorecardText/scorecardMessagesZh';
export * from './scorecardText/translate';
export * from './scorecardText/periodName';
export * from './scorecardText/quantities';
export * from './scorecardText/reasonText';
export * from './scorecardText/periodDates';
export * from './scorecardText/workbookMessages';
