import { scorecardMessagesZh } from '@internal/plugin-service-desk-common';

/** 考核页的中文界面; the messages live in common, so the backend's annual form shares them. */
export default scorecardMessagesZh;
