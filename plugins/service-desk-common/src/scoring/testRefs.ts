import { CustomerServiceFacts, EvidenceRef, OperationalFacts } from './types';

/** Evidence refs for the tests: tickets SD-…, entries and calls by id. */
export const ticket = (n: number): EvidenceRef => ({
  type: 'ticket',
  id: `t${n}`,
  label: `SD-202611-${String(n).padStart(5, '0')}`,
});
export const entry = (id: string): EvidenceRef => ({
  type: 'entry',
  id,
  label: id,
});
export const call = (id: string): EvidenceRef => ({
  type: 'call',
  id,
  label: id,
});

/** Facts with nothing recorded, for a case to add its own to. */
export const NO_CUSTOMER_FACTS: CustomerServiceFacts = {
  calls: [],
  tickets: [],
  satisfaction: [],
  specialWork: [],
  knowledgeBase: [],
  securityChecks: [],
  opsSecurity: [],
  bonus: [],
};
export const NO_OPERATIONAL_FACTS: OperationalFacts = {
  emergencies: [],
  permitFailures: [],
  reportFailures: [],
  eventResponseFailures: [],
};
