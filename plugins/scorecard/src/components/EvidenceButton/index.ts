export { EvidenceButton } from './EvidenceButton';
export { EvidenceDialog } from './EvidenceDialog';
