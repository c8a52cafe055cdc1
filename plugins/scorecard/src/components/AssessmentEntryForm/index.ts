export { AssessmentEntryForm } from './AssessmentEntryForm';
