export { Adjustments } from './Adjustments';
export { AppealsList } from './AppealsList';
export { LineAppeal } from './LineAppeal';
export { AppealsProvider, reportAppeals } from './reportAppeals';
