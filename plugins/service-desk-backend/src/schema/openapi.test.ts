import fs from 'fs';
import path from 'path';
import yaml from 'yaml';
import { createRouter } from '../service/router';

/** The OpenAPI document and the router describe the same operations. */
describe('openapi.yaml', () => {
  it('documents exactly the routes the router serves', async () => {
    const doc = yaml.parse(fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'));
    const documented = Object.entries(doc.paths as Record<string, object>)
      .flatMap(([p, ops]) => Object.keys(ops).map(m => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort();
    const router: any = await createRouter({ context: {} } as any);
    const served = router.stack
      .filter((layer: any) => layer.route)
      .flatMap((layer: any) =>
        Object.keys(layer.route.methods).map(m => `${m.toUpperCase()} ${layer.route.path}`),
      )
      .sort();
    expect(served).toEqual(documented);
  });
});
