export { DeskStatus } from './DeskStatus';
