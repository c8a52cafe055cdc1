import {
  Reason,
  reasonText as sharedReasonText,
} from '@internal/plugin-service-desk-common';
import { Translate, shared } from './messages';

/** A reason code with its parameters as a sentence, the same one the annual form writes. */
export const reasonText = (t: Translate, r: Reason) =>
  sharedReasonText(shared(t), r);
