import { Priority, PRIORITIES } from './types';

/** The impact × urgency matrix of app-config (`serviceDesk.priority`). */
export interface PriorityMatrix {
  impacts: string[];
  urgencies: string[];
  /** matrix[impact][urgency] = priority */
  matrix: Record<string, Record<string, string>>;
}

/** The priority of an impact and urgency, or undefined when the matrix has no such cell. */
export function priorityOf(
  m: PriorityMatrix,
  impact: string,
  urgency: string,
): Priority | undefined {
  const p = m.matrix[impact]?.[urgency];
  return (PRIORITIES as readonly string[]).includes(p ?? '')
    ? (p as Priority)
    : undefined;
}
