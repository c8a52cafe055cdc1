export { ActionPanel } from './ActionPanel';
