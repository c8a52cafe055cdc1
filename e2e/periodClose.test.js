// Closing a period (issue 14, §6.7): the desk lead opens a past cycle's scorecard and submits it
// for sealing, the IT manager approves it, and the page shows it sealed by the manager's name
// under its rule set. The manager then records an assessment entry in that cycle: the sealed
// figures stay, and the moved figure is listed under "Changes since sealing" with the entry that
// moved it. The Chinese screen shows the section in Chinese, with no English string left.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
  session,
  browserTest,
  signInAs,
  setLanguage,
  screenshot,
  assertNoEnglish,
  t,
  APP,
} = require('./session');
const { ROOT } = require('./portal');
const flow = require('./flow');

const sc = (key, vars) => t('plugin.scorecard', key, vars);
const LEAD = /Wang Fang/;
const MANAGER = /Huang Wei/;
const MANAGER_NAME = '黄伟 Huang Wei';
/** The closing note's picture of a sealed period, as a manager sees it. */
const IMAGES = path.join(ROOT, 'docs', 'screenshots');

/** A message of the page's language as a pattern, each placeholder standing for any text. */
const pattern = key =>
  new RegExp(
    sc(key)
      .split(/\{\{\w+\}\}/)
      .map(flow.escape)
      .join('.+?'),
  );

/**
 * The cycles that have ended, newest first. A cycle 'Y-M' runs from the 21st of the month before
 * to the 21st of M in the desk's zone (cycleStartDay 21, UTC+8), so the one running now is named
 * by next month from the 21st on.
 */
function endedCycles(count) {
  const local = new Date(Date.now() + 8 * 3_600_000);
  const running =
    local.getUTCFullYear() * 12 +
    local.getUTCMonth() +
    (local.getUTCDate() >= 21 ? 1 : 0);
  return Array.from({ length: count }, (_, i) => {
    const n = running - 1 - i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

/** A day inside cycle 'Y-M' (the 25th of the month before), as the entry form takes it. */
function dayIn(cycle) {
  const [y, m] = cycle.split('-').map(Number);
  const n = y * 12 + m - 2;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(
    2,
    '0',
  )}-25 10:00`;
}

const urlOf = cycle => `${APP}/scorecard?kind=cycle&period=${cycle}`;
const status = () => session.page.getByTestId('seal-status');
const closing = () =>
  session.page.getByRole('region', { name: sc('closing.title') });
const changes = () =>
  session.page.getByRole('region', { name: sc('closing.changes.title') });

/** The status banner once the report is in, with its text. */
async function statusText() {
  await status().waitFor();
  return status().innerText();
}

let cycle;

browserTest(
  '[en] the lead submits an ended cycle for sealing',
  300_000,
  async () => {
    const { page } = session;
    await setLanguage('en');
    // The demo data may have sealed a past cycle already: the newest one still open is taken.
    const [newest, ...older] = endedCycles(4);
    await signInAs(LEAD, urlOf(newest));
    for (const candidate of [newest, ...older]) {
      if (candidate !== newest) await page.goto(urlOf(candidate));
      if ((await statusText()).includes(sc('closing.status.open'))) {
        cycle = candidate;
        break;
      }
    }
    assert.ok(cycle, 'no ended cycle is open for sealing');
    await page
      .getByRole('button', { name: sc('closing.actions.submit') })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: sc('closing.dialog.note') })
      .fill('本周期考核结果，请审批');
    await dialog
      .getByRole('button', { name: sc('closing.actions.submit') })
      .click();
    await status()
      .filter({ hasText: pattern('closing.status.submitted') })
      .waitFor();
    assert.match(await statusText(), /王芳 Wang Fang/);
    // Only the manager decides.
    assert.equal(
      await page
        .getByRole('button', { name: sc('closing.actions.approve') })
        .count(),
      0,
    );
  },
);

browserTest(
  '[en] the manager approves it: sealed by his name, under its rule set',
  300_000,
  async () => {
    const { page } = session;
    assert.ok(cycle, 'the lead submitted no cycle');
    await signInAs(MANAGER, urlOf(cycle));
    await status()
      .filter({ hasText: pattern('closing.status.submitted') })
      .waitFor();
    await page
      .getByRole('button', { name: sc('closing.actions.approve') })
      .click();
    await status()
      .filter({ hasText: pattern('closing.status.sealed') })
      .waitFor();
    const sealed = await statusText();
    assert.match(sealed, new RegExp(flow.escape(MANAGER_NAME)));
    assert.match(sealed, /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await changes().getByText(sc('closing.changes.none')).waitFor();
  },
);

browserTest(
  '[en] an entry recorded later in the cycle shows under "Changes since sealing"',
  300_000,
  async () => {
    const { page } = session;
    assert.ok(cycle, 'no cycle was sealed');
    // A level-1 permit failure (the form's first kind) in the sealed cycle.
    await page.locator('#entry-occurred-at').fill(dayIn(cycle));
    await page
      .locator('#entry-description')
      .fill('一级检修许可开工未报 Permit start not reported');
    await page
      .getByRole('button', { name: sc('form.submit'), exact: true })
      .click();
    const row = changes()
      .locator('[data-testid^="change-operational."]')
      .filter({ hasText: sc('items.permitFailures') })
      .first();
    await row.waitFor();
    const text = await row.innerText();
    assert.doesNotMatch(
      text,
      new RegExp(flow.escape(sc('closing.changes.noMoves'))),
    );
    // The banner still names the seal: the figures shown are the sealed ones.
    assert.match(await statusText(), pattern('closing.status.sealed'));
    await page.getByText(sc('closing.basis.sealed')).waitFor();
    fs.mkdirSync(IMAGES, { recursive: true });
    await closing().screenshot({
      path: path.join(IMAGES, 'sealed-period.png'),
    });
    await screenshot('sealed-period-en');
  },
);

browserTest(
  '[zh-CN] the sealed cycle and its changes in Chinese',
  300_000,
  async () => {
    const { page } = session;
    assert.ok(cycle, 'no cycle was sealed');
    await setLanguage('zh-CN');
    await page.goto(urlOf(cycle));
    await status()
      .filter({ hasText: pattern('closing.status.sealed') })
      .waitFor();
    await changes().locator('[data-testid^="change-"]').first().waitFor();
    await assertNoEnglish('the sealed cycle', [closing()]);
    await screenshot('sealed-period-zh-CN');
    await setLanguage('en');
  },
);
