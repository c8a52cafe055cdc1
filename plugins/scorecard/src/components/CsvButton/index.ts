export { CsvButton } from './CsvButton';
