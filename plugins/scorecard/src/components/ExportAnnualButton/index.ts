export { ExportAnnualButton } from './ExportAnnualButton';
