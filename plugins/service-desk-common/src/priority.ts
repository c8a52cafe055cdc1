import type { Config } from '@backstage/config';
import { z } from 'zod';
import { LocalizedLabel, labelIn, localizedLabelSchema } from './labels';
import { Priority, PRIORITIES } from './types';

/** The impact × urgency matrix of app-config (`serviceDesk.priority`). */
export interface PriorityMatrix {
  impacts: string[];
  urgencies: string[];
  /** matrix[impact][urgency] = priority */
  matrix: Record<string, Record<string, string>>;
  /** Each level's label, by id; a level without one is shown by its id. */
  labels?: {
    impacts: Record<string, LocalizedLabel>;
    urgencies: Record<string, LocalizedLabel>;
  };
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

/** A level as configured: its id alone (the older form), or its id and label. */
const levelSchema = z.union([
  z.string().min(1),
  z.object({ id: z.string().min(1), label: localizedLabelSchema }).strict(),
]);

function readLevels(c: Config | undefined, key: string) {
  const raw = c?.getOptional<unknown>(key) ?? [];
  const parsed = z.array(levelSchema).safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `serviceDesk.${key} must list ids or { id, label } (label a string or { en, zh }): ${parsed.error.issues[0].message}`,
    );
  }
  const ids = parsed.data.map(l => (typeof l === 'string' ? l : l.id));
  const labels = Object.fromEntries(
    parsed.data.flatMap(l => (typeof l === 'string' ? [] : [[l.id, l.label]])),
  );
  return { ids, labels };
}

/**
 * `serviceDesk.priority` (`c` is the `serviceDesk` section), read the same way by the backend,
 * which checks tickets against it, and by the portal, which shows it.
 */
export function readPriorityMatrix(c: Config | undefined): PriorityMatrix {
  const matrixConfig = c?.getOptionalConfig('priority.matrix');
  const matrix: PriorityMatrix['matrix'] = {};
  for (const impact of matrixConfig?.keys() ?? []) {
    const row = matrixConfig!.getConfig(impact);
    matrix[impact] = Object.fromEntries(
      row.keys().map(u => [u, row.getString(u)]),
    );
  }
  const impacts = readLevels(c, 'priority.impacts');
  const urgencies = readLevels(c, 'priority.urgencies');
  return {
    impacts: impacts.ids,
    urgencies: urgencies.ids,
    matrix,
    labels: { impacts: impacts.labels, urgencies: urgencies.labels },
  };
}

/** An impact or urgency level's label in the app's language; its id when it has none. */
export function levelLabel(
  m: PriorityMatrix,
  dimension: 'impacts' | 'urgencies',
  id: string,
  language: string,
): string {
  return labelIn(m.labels?.[dimension][id], language, id);
}
