/** A node of the category tree of app-config (`serviceDesk.categories`). */
export interface Category {
  id: string;
  title: string;
  children?: Category[];
}

/** Every category id in the tree, as `parent/child` paths. */
export function categoryPaths(tree: Category[], prefix = ''): string[] {
  return tree.flatMap(c => {
    const path = prefix ? `${prefix}/${c.id}` : c.id;
    return [path, ...categoryPaths(c.children ?? [], path)];
  });
}

/** Each category path with its title and its parents' titles, e.g. "Application / Fault". */
export function categoryTitles(
  tree: Category[],
  prefix = '',
  parent = '',
): Map<string, string> {
  const titles = new Map<string, string>();
  for (const c of tree) {
    const path = prefix ? `${prefix}/${c.id}` : c.id;
    const title = parent ? `${parent} / ${c.title}` : c.title;
    titles.set(path, title);
    for (const [k, v] of categoryTitles(c.children ?? [], path, title))
      titles.set(k, v);
  }
  return titles;
}
