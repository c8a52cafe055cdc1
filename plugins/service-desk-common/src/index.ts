/**
 * Types, lifecycle, permissions and rules of the service desk, shared by its frontend and backend.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './lifecycle';
export * from './roles';
export * from './priority';
export * from './categories';
export * from './displayId';
export * from './ids';
export * from './permissions';
export * from './validation';
export * from './refs';
export * from './sla';
export * from './signals';
export * from './assessment';
export * from './scoring/types';
export * from './scoring/periods';
export * from './scoring/ruleSets';
export * from './scoring/noDoubleDeduction';
export * from './scoring/operational';
export * from './scoring/customerService';
export * from './scoring/serviceLevels';
export * from './calls';
export * from './scoring/report';
export * from './roster';
