import fs from 'fs';
import path from 'path';
import yaml from 'yaml';

/** The `serviceDesk` section of the repository's app-config.yaml, without the demo loader. */
export function serviceDeskTestConfig() {
  const appConfig = yaml.parse(
    fs.readFileSync(
      path.resolve(__dirname, '../../../../app-config.yaml'),
      'utf8',
    ),
  );
  return { ...appConfig.serviceDesk, demoData: false };
}
