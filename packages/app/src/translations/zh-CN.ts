/**
 * 门户自身的中文界面。The translation ref's type requires every key, so a missing one fails to
 * compile.
 */
export default {
  'home.title': '首页',
  'entityTabs.overview': '概览',
};
