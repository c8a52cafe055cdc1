// The desk in a real browser against the started portal (issue 3): an agent opens a ticket on a
// demo service; it is routed to that service's PM; the PM assigns an engineer; the engineer
// resolves; PM and desk confirm; the lead records the callback and closes; the PM then finds
// it on the service's Tickets tab; the IT manager approves a swap on the demo roster; and in
// Chinese no English string of the desk is left.
const { after, before, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startPortal, APP, ROOT } = require('./portal');

const SHOTS =
  process.env.SERVICE_DESK_E2E_SCREENSHOTS ??
  path.join(ROOT, 'e2e-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = 30_000;

let portal;
let browser;
let page;
let shot = 0;

before(async () => {
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  portal = await startPortal();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.setDefaultTimeout(TIMEOUT);
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

async function screenshot(name) {
  shot += 1;
  await page.screenshot({
    path: path.join(SHOTS, `${String(shot).padStart(2, '0')}-${name}.png`),
    fullPage: true,
  });
}

/** Signs in through the demo picker as the person whose button matches `name`. */
async function signInAs(name, url) {
  await page.goto(APP);
  await page.evaluate(() => localStorage.removeItem('service-desk-demo-user'));
  await page.goto(url);
  await page.getByRole('button', { name }).click({ timeout: 120_000 });
  await page
    .waitForURL(u => u.href.startsWith(url), { timeout: TIMEOUT })
    .catch(() => page.goto(url));
  if (!page.url().startsWith(url)) await page.goto(url);
}

async function takeAction(button, fill = async () => {}) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await page
    .getByTestId('action-message')
    .filter({ hasText: `Done: ${button}` })
    .waitFor();
}

/** Waits until the ticket screen shows the state (the screen reloads after each action). */
const expectState = label =>
  page
    .getByTestId('ticket-state')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .waitFor();

let ticketUrl;
let displayId;

test(
  'an agent opens a ticket and sees it routed to the PM of the service',
  { timeout: 600_000 },
  async () => {
    await signInAs(/Li Na/, `${APP}/service-desk/new`);
    await page.locator('#new-ticket-entity').fill('EMS');
    await page.getByRole('option', { name: /ems-scada/ }).click();
    await page
      .getByTestId('routing-preview')
      .filter({ hasText: 'zhang.wei' })
      .waitFor();
    assert.match(
      await page.getByTestId('routing-preview').textContent(),
      /named on its system/,
    );
    await page.getByRole('button', { name: /Category/ }).click();
    await page.getByRole('option', { name: /Application .* Fault/ }).click();
    await page.locator('#new-ticket-titleField').fill('调度台画面冻结');
    await page
      .locator('#new-ticket-description')
      .fill('3 号调度台 SCADA 画面冻结，重启客户端无效。');
    await page.locator('#new-ticket-reporterName').fill('周欣');
    await page.locator('#new-ticket-reporterPhone').fill('0571-8888 1234');
    await screenshot('new-ticket-routing-preview');
    await page.getByRole('button', { name: 'Open ticket' }).click();
    await page.waitForURL(/\/service-desk\/tickets\/\d+$/);
    ticketUrl = page.url();
    displayId = (
      await page.getByRole('heading', { level: 2 }).first().textContent()
    ).split(' ')[0];
    assert.match(displayId, /^SD-\d{6}-\d{5}$/);
    await expectState('New');
    await takeAction('Dispatch to PM');
    await expectState('With PM');
    await screenshot('agent-dispatched');
  },
);

test(
  'the PM assigns an engineer of the owner team',
  { timeout: 300_000 },
  async () => {
    await signInAs(/Zhang Wei/, ticketUrl);
    await takeAction('Assign engineer', async dialog => {
      await dialog.getByRole('button', { name: /Engineer/ }).click();
      await page.getByRole('option', { name: 'ma.chao', exact: true }).click();
    });
    await expectState('With engineer');
    await screenshot('pm-assigned');
  },
);

test('the engineer resolves', { timeout: 300_000 }, async () => {
  await signInAs(/Ma Chao/, ticketUrl);
  await takeAction('Resolve', dialog =>
    dialog.locator('#action-resolution').fill('更换前置机网卡后恢复。'),
  );
  await expectState('Resolved');
  await screenshot('engineer-resolved');
});

test('the PM and then the desk confirm', { timeout: 300_000 }, async () => {
  await signInAs(/Zhang Wei/, ticketUrl);
  await takeAction('Confirm completion');
  await expectState('PM confirmed');
  await signInAs(/Li Na/, ticketUrl);
  await takeAction('Desk confirms');
  await expectState('Awaiting callback');
});

test(
  'the lead records the callback with a rating and closes',
  { timeout: 300_000 },
  async () => {
    await signInAs(/Wang Fang/, ticketUrl);
    await takeAction('Record callback', dialog =>
      dialog.getByRole('radio', { name: 'Satisfied', exact: true }).check(),
    );
    await takeAction('Close');
    await expectState('Closed');
    const history = await page.getByTestId('history-event').allTextContents();
    assert.deepEqual(
      history.map(
        h =>
          h.match(
            /(Opened|Dispatch to PM|Assign engineer|Resolve|Confirm completion|Desk confirms|Record callback|Close)/,
          )[1],
      ),
      [
        'Opened',
        'Dispatch to PM',
        'Assign engineer',
        'Resolve',
        'Confirm completion',
        'Desk confirms',
        'Record callback',
        'Close',
      ],
    );
    await screenshot('lead-closed');
  },
);

test(
  "the PM finds the ticket on the service's Tickets tab",
  { timeout: 300_000 },
  async () => {
    await signInAs(
      /Zhang Wei/,
      `${APP}/catalog/default/component/ems-scada/tickets`,
    );
    await page
      .getByTestId('ticket-row')
      .filter({ hasText: displayId })
      .waitFor();
    await screenshot('pm-entity-tickets-tab');
  },
);

test(
  "the desk corrects an emergency's occurred-at and records whom it told with the dispatch",
  { timeout: 300_000 },
  async () => {
    // Local times in the desk's zone, as the form's date-time field takes them.
    const local = minutesAgo =>
      new Date(Date.now() + 8 * 3_600_000 - minutesAgo * 60_000)
        .toISOString()
        .slice(0, 16);
    await signInAs(/Li Na/, `${APP}/service-desk/new`);
    await page.locator('#new-ticket-entity').fill('EMS');
    await page.getByRole('option', { name: /ems-scada/ }).click();
    await page.getByRole('button', { name: /Category/ }).click();
    await page.getByRole('option', { name: /Application .* Fault/ }).click();
    await page.getByRole('checkbox', { name: /Emergency/ }).check();
    await page.locator('#new-ticket-occurredAt').fill(local(5));
    await page
      .locator('#new-ticket-titleField')
      .fill('EMS 主站 SCADA 全部遥测不刷新');
    await page
      .locator('#new-ticket-description')
      .fill('全部厂站遥测停止刷新。');
    await page.locator('#new-ticket-reporterName').fill('李强');
    await page.getByRole('button', { name: 'Open ticket' }).click();
    await page.waitForURL(/\/service-desk\/tickets\/\d+$/);
    await expectState('New');
    await takeAction('Set occurred-at', async dialog => {
      await dialog.locator('#action-occurredAt').fill(local(9));
      await dialog.locator('#action-comment').fill('按监控系统告警时间核定');
    });
    await takeAction('Dispatch to PM', async dialog => {
      await dialog
        .getByRole('checkbox', {
          name: 'I have notified the responsible people',
        })
        .check();
      await dialog
        .locator('#action-notifiedWhom')
        .fill('项目经理 张伟、调度员 李强');
    });
    await expectState('With PM');
    const history = (
      await page.getByTestId('history-event').allTextContents()
    ).join('\n');
    assert.match(
      history,
      /Set occurred-at.*occurred-at .* → .*按监控系统告警时间核定/,
    );
    assert.match(history, /Dispatch to PM.*told 项目经理 张伟、调度员 李强/);
    await page.getByText('Desk notified the people concerned').waitFor();
    await screenshot('emergency-corrected-and-notified');
  },
);

test(
  'the IT manager approves the swap the lead asked for on the demo roster',
  { timeout: 300_000 },
  async () => {
    await signInAs(/Huang Wei/, `${APP}/service-desk/roster`);
    await page.getByTestId('roster-week').waitFor();
    const pending = page.locator('[data-testid^="pending-"]').first();
    await pending.waitFor();
    assert.match(await pending.innerText(), /Swap/);
    await screenshot('roster-week-pending-swap');
    await pending.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('No change waits for approval.').waitFor();
    await screenshot('roster-week-approved');
  },
);

test(
  'in Chinese the desk screens show none of their English strings',
  { timeout: 300_000 },
  async () => {
    const english = englishMessages();
    // As a person would: Settings → Language (the choice is kept in the user's settings).
    await page.goto(`${APP}/settings`);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('option', { name: '中文（中国）' }).click();
    for (const [url, ready] of [
      [
        ticketUrl,
        () =>
          page
            .getByTestId('ticket-state')
            .filter({ hasText: '已关闭' })
            .waitFor(),
      ],
      [
        `${APP}/service-desk`,
        () => page.getByRole('tab', { name: '全部' }).waitFor(),
      ],
      [
        `${APP}/service-desk/new`,
        () => page.getByRole('button', { name: '开单' }).waitFor(),
      ],
      [
        `${APP}/service-desk/roster`,
        () => page.getByTestId('roster-week').waitFor(),
      ],
    ]) {
      await page.goto(url);
      await ready();
      const text = await page.locator('main, article').first().innerText();
      const left = english.filter(s => text.includes(s));
      assert.deepEqual(left, [], `English left on ${url}`);
    }
    await page.goto(ticketUrl);
    await page
      .getByTestId('ticket-state')
      .filter({ hasText: '已关闭' })
      .waitFor();
    await screenshot('ticket-zh-CN');
    await page.goto(`${APP}/service-desk`);
    await page.getByRole('tab', { name: '全部' }).click();
    await page.getByTestId('ticket-row').first().waitFor();
    await screenshot('desk-zh-CN');
  },
);

/** The English messages of the desk's translation ref (longer than 3 characters). */
function englishMessages() {
  const source = fs.readFileSync(
    path.join(ROOT, 'plugins/service-desk/src/translation.ts'),
    'utf8',
  );
  const block = source.slice(
    source.indexOf('messages:'),
    source.indexOf('export const serviceDeskTranslations'),
  );
  return [...block.matchAll(/:\s*'([^']+)'/g)]
    .map(m => m[1].split('{{')[0].trim())
    .filter(s => s.length > 3);
}
