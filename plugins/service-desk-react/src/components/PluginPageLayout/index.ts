export { PluginPageLayout } from './PluginPageLayout';
