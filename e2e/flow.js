// What the browser test files share about the tickets they work on: the demo people by their
// catalog display names (examples/org.yaml), the tickets' titles, the URLs desk-flow.test.js
// leaves for home.test.js, and how a history entry is recognised.
const { hasMessage } = require('./translations');

const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A local date-time in the desk's zone (Asia/Shanghai, UTC+8), as date-time fields take it. */
const deskTime = minutesAgo =>
  new Date(Date.now() + 8 * 3_600_000 - minutesAgo * 60_000)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ');

/**
 * A history entry of the action: its label ("Dispatch to PM") or, where the ticket screen words
 * it as a sentence, that sentence's fixed text ("… dispatched it to the project manager").
 */
function historyPattern(t, action) {
  const words = [t('plugin.service-desk', `actions.${action}`)];
  if (hasMessage('plugin.service-desk', `ticket.historyLine.${action}`))
    words.push(
      t('plugin.service-desk', `ticket.historyLine.${action}`, {})
        .split(/\{\{\w+\}\}/)
        .map(s => s.trim())
        .filter(Boolean)
        .map(escape)
        .join('.*?'),
    );
  return new RegExp(
    words.map(w => `(?<![\\p{L}])(?:${w})(?![\\p{L}])`).join('|'),
    'u',
  );
}

/** Which lifecycle action a history entry records: the one named earliest in its text. */
function historyAction(t, entry) {
  let best;
  for (const action of LIFECYCLE_ACTIONS) {
    const m = historyPattern(t, action).exec(entry);
    if (m && (best === undefined || m.index < best.index))
      best = { action, index: m.index };
  }
  return best?.action;
}

const LIFECYCLE_ACTIONS = [
  'open',
  'dispatch',
  'assign',
  'resolve',
  'confirm_completion',
  'confirm',
  'callback',
  'close',
];

module.exports = {
  PM: '张伟 Zhang Wei',
  ENGINEER: '马超 Ma Chao',
  TITLE: '调度台画面冻结',
  EMERGENCY: 'EMS 主站 SCADA 全部遥测不刷新',
  LIFECYCLE_ACTIONS,
  deskTime,
  escape,
  historyAction,
  historyPattern,
  // Set by desk-flow.test.js as it goes.
  ticketUrl: undefined,
  displayId: undefined,
  emergencyUrl: undefined,
  emergencyId: undefined,
};
