import { EvidenceRef } from './types';

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
