// One portal, one Chromium and one page for every browser test file run.sh runs in its process
// (the files share this module), with what a test does as a person would: sign in, switch the
// language in Settings, take screenshots; and what it checks on a Chinese screen.
const { after, before, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startPortal, APP, ROOT } = require('./portal');
const {
  demoStrings,
  englishIn,
  englishPieces,
  message,
} = require('./translations');

const SHOTS =
  process.env.SERVICE_DESK_E2E_SCREENSHOTS ??
  path.join(ROOT, 'e2e-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = 30_000;
const LANGUAGES = { en: 'English', 'zh-CN': '中文（中国）' };

const session = { page: undefined, language: 'en' };
let portal;
let browser;
let shot = 0;

before(async () => {
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  // While writing a test, a portal already started (node -e "require('./portal').startPortal()")
  // saves minutes per run; the run as run.sh does it always starts a fresh one.
  if (process.env.SERVICE_DESK_E2E_REUSE_PORTAL !== '1')
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
  session.page = await browser.newPage({
    viewport: { width: 1440, height: 1000 },
  });
  session.page.setDefaultTimeout(TIMEOUT);
});

after(async () => {
  await browser?.close();
  await portal?.stop();
});

/**
 * The whole page: the window is made as tall as the page for the picture (a full-page capture of
 * a window would cut the fixed sidebar at the window's height), then given back its size.
 */
async function screenshot(name) {
  const { page } = session;
  shot += 1;
  const size = page.viewportSize();
  const height = await page.evaluate(
    () => document.documentElement.scrollHeight,
  );
  if (height > size.height) await page.setViewportSize({ ...size, height });
  try {
    await page.screenshot({
      path: path.join(SHOTS, `${String(shot).padStart(2, '0')}-${name}.png`),
    });
  } finally {
    if (height > size.height) await page.setViewportSize(size);
  }
}

/** A test that leaves a screenshot of the page it failed on, so a red run shows what broke. */
function browserTest(name, timeout, fn) {
  test(name, { timeout }, async t => {
    try {
      await fn(t);
    } catch (e) {
      await screenshot(
        `FAILED-${name.replace(/[^\w]+/g, '-').slice(0, 60)}`,
      ).catch(() => {});
      throw new Error(
        `${e.message}\n(on ${session.page?.url()}; screenshot ${String(
          shot,
        ).padStart(2, '0')}-FAILED-…)`,
        { cause: e },
      );
    }
  });
}

/**
 * Signs in through the demo picker as the person whose button matches `name`, then opens `url`.
 * The portal keeps the demo user in local storage; a page still loading may write it back after
 * it was removed, so the removal is repeated until the picker shows. A sign-in that leaves the
 * picker on screen (the page says "Failed to fetch" while a backend under `repo start` restarts)
 * is tried again after a reload. Three tries at most of each.
 */
async function signInAs(name, url) {
  const { page } = session;
  const picker = page.getByText(/Choose a demo user/);
  // The sidebar's links show only once someone is signed in (its nav itself has no box).
  const signedIn = sidebar().getByRole('link').first();
  const showPicker = async () => {
    for (let attempt = 1; ; attempt++) {
      await page.goto(url);
      await page.evaluate(() =>
        localStorage.removeItem('service-desk-demo-user'),
      );
      await page.reload();
      await picker.or(signedIn).first().waitFor({ timeout: 120_000 });
      if (await picker.isVisible()) return;
      if (attempt === 3) throw new Error('the demo picker does not show');
    }
  };
  for (let attempt = 1; ; attempt++) {
    await showPicker();
    // A page that wrote the last user back after the picker showed signs them in again: the
    // button is then gone, and the picker is shown anew.
    const clicked = await page
      .getByRole('button', { name })
      .click({ timeout: 60_000 })
      .then(
        () => true,
        () => false,
      );
    const gone =
      clicked &&
      (await picker.waitFor({ state: 'detached', timeout: 20_000 }).then(
        () => true,
        () => false,
      ));
    if (gone) break;
    if (attempt === 3) throw new Error(`could not sign in as ${name}`);
    await page.waitForTimeout(5_000);
  }
  if (!page.url().startsWith(url)) await page.goto(url);
}

/** As a person would: Settings → Language (the choice stays in this browser for later pages). */
async function setLanguage(lang) {
  if (session.language === lang) return;
  const { page } = session;
  await page.goto(`${APP}/settings`);
  await page.getByRole('button', { name: LANGUAGES[session.language] }).click();
  await page.getByRole('option', { name: LANGUAGES[lang] }).click();
  await page
    .getByRole('button', { name: LANGUAGES[lang] })
    .waitFor({ timeout: TIMEOUT });
  session.language = lang;
}

/**
 * Picks a person in a person picker (an autocomplete over the catalog, by display name), and
 * returns the names it offered.
 */
async function pickPerson(scope, id, name) {
  await scope.locator(`#${id}`).click();
  const options = session.page.getByRole('option');
  await options.first().waitFor();
  const offered = await options.allInnerTexts();
  await options.filter({ hasText: name }).first().click();
  return offered;
}

/** A pattern that finds the text as it is, wherever it stands in a longer name. */
const re = text => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** A message of a translation ref in the language the page shows now. */
const t = (refId, key, vars) => message(session.language, refId, key, vars);

let english;
let demo;

/**
 * What people typed or the catalog names is data, not the product's words: a ticket's id and
 * title (its link), an entity's or a person's name (their catalog links), and anything the demo
 * data wrote (demoStrings). A demo ticket titled "New account for planner" or a service called
 * "邮件系统 E-mail" is no English left behind.
 */
const DATA = [
  'a[href*="/service-desk/tickets/"]',
  // An entity page's own tabs link into the catalog too, and are the product's words.
  'a[href*="/catalog/"]:not(nav[aria-label="Content navigation"] a)',
].join(', ');

/** The visible text of the elements, data left out, as the browser renders it. */
const productText = locator =>
  locator.evaluateAll(
    (roots, data) =>
      roots
        .map(root => {
          const out = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (el && !el.closest(data) && el.checkVisibility())
              out.push(n.textContent);
          }
          return out.join('\n');
        })
        .join('\n'),
    DATA,
  );

/**
 * Asserts that the given parts of a Chinese screen (the sidebar and the product's own content;
 * Backstage's own cards are not the product's words) show no English piece of any translation
 * ref of the product. Each part must be on the screen and hold text, so a selector that finds
 * nothing cannot pass.
 */
async function assertNoEnglish(where, locators) {
  english ??= englishPieces();
  demo ??= demoStrings();
  for (const locator of locators) {
    // Attached, not visible: the sidebar's nav has no box of its own (its drawer is fixed).
    await locator.first().waitFor({ state: 'attached' });
    let text = await productText(locator);
    for (const d of demo) text = text.split(d).join('\n');
    assert.match(
      text,
      /\p{Script=Han}/u,
      `no Chinese text in ${locator} on ${where}`,
    );
    assert.deepEqual(
      englishIn(text, english),
      [],
      `English left on ${where} (${locator})`,
    );
  }
}

/** The sidebar of the portal: the navigation the language must reach too. */
const sidebar = () => session.page.locator('nav[aria-label="sidebar nav"]');

/** The tabs of an entity page (Backstage's header names its tab bar so). */
const entityTabs = () =>
  session.page.locator('nav[aria-label="Content navigation"]');

/** An information card of the page, found by its level-2 heading. */
const card = title =>
  session.page.locator('.MuiCard-root').filter({
    has: session.page.getByRole('heading', {
      level: 2,
      name: title,
      exact: true,
    }),
  });

module.exports = {
  session,
  browserTest,
  signInAs,
  setLanguage,
  screenshot,
  pickPerson,
  assertNoEnglish,
  sidebar,
  entityTabs,
  card,
  t,
  re,
  APP,
  TIMEOUT,
};
