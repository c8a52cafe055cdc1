import type { Config } from '@backstage/config';
import { z } from 'zod';
import { LocalizedLabel, labelIn, localizedLabelSchema } from './labels';

/** A node of the category tree of app-config (`serviceDesk.categories`). */
export interface Category {
  id: string;
  /** A string for every language, or `{ en, zh }`. */
  title: LocalizedLabel;
  children?: Category[];
}

/** Every category id in the tree, as `parent/child` paths. */
export function categoryPaths(tree: Category[], prefix = ''): string[] {
  return tree.flatMap(c => {
    const path = prefix ? `${prefix}/${c.id}` : c.id;
    return [path, ...categoryPaths(c.children ?? [], path)];
  });
}

/**
 * Each category path with its title and its parents' titles in the app's language, e.g.
 * "Application / Fault" or "应用系统 / 故障".
 */
export function categoryTitles(
  tree: Category[],
  language = 'en',
): Map<string, string> {
  const titles = new Map<string, string>();
  const walk = (nodes: Category[], prefix: string, parent: string) => {
    for (const c of nodes) {
      const path = prefix ? `${prefix}/${c.id}` : c.id;
      const own = labelIn(c.title, language, c.id);
      const title = parent ? `${parent} / ${own}` : own;
      titles.set(path, title);
      walk(c.children ?? [], path, title);
    }
  };
  walk(tree, '', '');
  return titles;
}

const categorySchema: z.ZodType<Category> = z.lazy(() =>
  z
    .object({
      id: z.string().min(1),
      title: localizedLabelSchema,
      children: z.array(categorySchema).optional(),
    })
    .strict(),
);

/** `serviceDesk.categories` (`c` is the `serviceDesk` section), checked. */
export function readCategories(c: Config | undefined): Category[] {
  const parsed = z
    .array(categorySchema)
    .safeParse(c?.getOptional<unknown>('categories') ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `serviceDesk.categories.${issue.path.join('.')}: ${
        issue.message
      } (a title is a string or { en, zh })`,
    );
  }
  return parsed.data;
}
