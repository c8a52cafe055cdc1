export { AssessmentEntries } from './AssessmentEntries';
