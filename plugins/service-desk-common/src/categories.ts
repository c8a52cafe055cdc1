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
