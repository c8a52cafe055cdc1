// Text is never markup (issue 7): a ticket whose every text field carries HTML, script and
// javascript: links is shown on the desk list, the ticket screen and the service's Tickets tab in
// Chromium; nothing of it runs and each payload reads literally. Run with desk-flow.test.js in
// one process (run.sh), it uses the portal that test started; alone, it starts its own.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');
const { startPortal, APP, BACKEND } = require('./portal');

const PAYLOADS = {
  title:
    '<img src=x onerror=window.__pwned=1> <script>window.__pwned=1</script>',
  description:
    '<a href="javascript:window.__pwned=1">open</a> [link](javascript:window.__pwned=1) <svg onload=window.__pwned=1>',
  reporterName: '<script>window.__pwned=1</script>',
  organisation: '<iframe src="javascript:window.__pwned=1"></iframe>',
  comment: '<img src=x onerror="window.__pwned=1"><b>bold?</b>',
  resolution:
    '<a href="javascript:window.__pwned=1">fixed</a><style>body{display:none}</style>',
};

let page;
const dialogs = [];

/** A token of a demo user, as the portal's sign-in gets one (demo provider, development only). */
async function tokenOf(userRef) {
  const res = await fetch(
    `${BACKEND}/api/auth/serviceDeskDemo/refresh?optional&env=development`,
    {
      headers: {
        'x-service-desk-demo-user': userRef,
        'x-requested-with': 'XMLHttpRequest',
      },
    },
  );
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()).backstageIdentity.token;
}

async function api(token, path, body) {
  const res = await fetch(`${BACKEND}/api/service-desk${path}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  assert.ok(res.ok, JSON.stringify(json));
  return json;
}

/**
 * The portal desk-flow.test.js started, or one of our own when this file runs alone, and a page
 * that signs in as the agent, who sees all tickets. Set up inside the test, not in hooks: if the
 * other file's portal failed to start, this test is cancelled before it starts a second one.
 */
async function withPage(fn) {
  const running = await fetch(`${BACKEND}/.backstage/health/v1/readiness`).then(
    r => r.ok,
    () => false,
  );
  const portal = running ? undefined : await startPortal();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(60_000);
    page.on('dialog', d => dialogs.push(d.message()) && d.dismiss());
    // The demo sign-in page signs in straight away as the user it remembers.
    await page.addInitScript(() =>
      localStorage.setItem('service-desk-demo-user', 'user:default/li.na'),
    );
    await fn();
  } finally {
    await browser.close();
    await portal?.stop();
  }
}

/** Nothing ran, no element was made from the payloads, and each listed payload reads as text. */
async function assertInert(where, texts) {
  assert.equal(
    await page.evaluate(() => window.__pwned),
    undefined,
    `script ran on ${where}`,
  );
  assert.deepEqual(dialogs, [], `a dialog opened on ${where}`);
  const made = await page.evaluate(() => ({
    imgX: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter(s => s.text.includes('__pwned'))
      .length,
    javascriptLinks: document.querySelectorAll(
      'a[href^="javascript:" i], iframe[src^="javascript:" i]',
    ).length,
    svgs: document.querySelectorAll('svg[onload]').length,
  }));
  assert.deepEqual(
    made,
    { imgX: 0, scripts: 0, javascriptLinks: 0, svgs: 0 },
    `elements from payloads on ${where}`,
  );
  const shown = await page.locator('body').innerText();
  for (const text of texts)
    assert.ok(
      shown.includes(text),
      `${where} does not show literally: ${text}`,
    );
}

test(
  'HTML and script in every text field of a ticket stay inert text',
  { timeout: 600_000 },
  () =>
    withPage(async () => {
      const lead = await tokenOf('user:default/wang.fang');
      const ticket = await api(lead, '/tickets', {
        kind: 'incident',
        impact: 'high',
        urgency: 'medium',
        category: 'application/fault',
        title: PAYLOADS.title,
        description: PAYLOADS.description,
        reporter: {
          name: PAYLOADS.reporterName,
          organisation: PAYLOADS.organisation,
        },
        channel: 'phone',
        entityRef: 'component:default/ems-scada',
      });
      await api(lead, `/tickets/${ticket.id}/actions`, {
        action: 'comment',
        comment: PAYLOADS.comment,
        version: 1,
      });
      await api(lead, `/tickets/${ticket.id}/actions`, {
        action: 'resolve',
        resolution: PAYLOADS.resolution,
        version: 2,
      });

      await page.goto(`${APP}/service-desk/tickets/${ticket.id}`);
      await page.getByTestId('ticket-state').waitFor();
      await page.getByTestId('history-event').nth(2).waitFor();
      await assertInert('the ticket screen', Object.values(PAYLOADS));

      await page.goto(`${APP}/service-desk`);
      await page.getByRole('tab', { name: /^(All|全部)$/ }).click();
      await page
        .getByTestId('ticket-row')
        .filter({ hasText: ticket.displayId })
        .waitFor();
      await assertInert('the desk list', [PAYLOADS.title]);

      await page.goto(`${APP}/catalog/default/component/ems-scada/tickets`);
      await page
        .getByTestId('ticket-row')
        .filter({ hasText: ticket.displayId })
        .waitFor();
      await assertInert("the service's Tickets tab", [PAYLOADS.title]);
    }),
);
