export { PhrasesPanel } from './PhrasesPanel';
