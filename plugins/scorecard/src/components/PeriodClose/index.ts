export { PeriodClose } from './PeriodClose';
