export { OnDutyNow } from './OnDutyNow';
