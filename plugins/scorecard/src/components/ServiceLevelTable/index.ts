export { ServiceLevelTable } from './ServiceLevelTable';
