// The portal's root and the service card (issue 13), in English and then in Chinese, after
// desk-flow.test.js left a closed ticket and an open emergency on ems-scada: each role signs in
// at `/` and finds its own home cards and no one else's; what waits on the PM moves to the
// engineer once he assigns it from his card; the service card of ems-scada shows its open tickets,
// its PM and why, and "report a problem" opens the new-ticket form with the service filled in.
// In Chinese each of these screens, sidebar and tabs included, shows no English string of the
// product's translation refs.
const assert = require('node:assert/strict');
const {
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
  APP,
} = require('./session');
const flow = require('./flow');

const desk = (key, vars) => t('plugin.service-desk', key, vars);

const CARDS = {
  queue: () => desk('home.myQueue.title'),
  emergencies: () => desk('home.emergencies.title'),
  onDuty: () => desk('home.onDuty.title'),
  score: () => t('plugin.scorecard', 'home.title'),
};

/** Who sees which card (SPEC §5, §8.6, §7: the desk and managers watch emergencies and duty). */
const ROLES = [
  {
    who: 'the desk agent',
    button: /Li Na/,
    cards: ['queue', 'emergencies', 'onDuty'],
  },
  {
    who: 'the desk lead',
    button: /Wang Fang/,
    cards: ['queue', 'emergencies', 'onDuty'],
  },
  { who: 'the PM', button: /Zhang Wei/, cards: ['queue'] },
  { who: 'the engineer', button: /Ma Chao/, cards: ['queue'] },
  {
    who: 'the IT manager',
    button: /Huang Wei/,
    cards: ['queue', 'emergencies', 'onDuty', 'score'],
  },
];

/** A card's body has loaded: its tickets, its empty line, or (cards without a list) any text. */
async function loaded(name) {
  const c = card(CARDS[name]());
  if (name === 'queue' || name === 'emergencies')
    await c
      .getByTestId('card-ticket')
      .or(
        c.getByText(
          desk(
            name === 'queue' ? 'home.myQueue.empty' : 'home.emergencies.empty',
          ),
        ),
      )
      .first()
      .waitFor();
  if (name === 'onDuty') await c.getByTestId('on-duty-now').waitFor();
  if (name === 'score')
    await c.getByTestId('score-trend-row').first().waitFor();
  return c;
}

/** Signs in at `/` and checks the home page shows exactly the role's cards. */
async function home(role) {
  const { page } = session;
  await signInAs(role.button, `${APP}/`);
  await page.getByTestId('home-cards').waitFor();
  assert.doesNotMatch(
    await page.locator('body').innerText(),
    /Looks like someone dropped the mic!|ERROR 404/,
    `${role.who} meets a 404 at /`,
  );
  await page
    .getByRole('heading', { level: 1, name: t('portal', 'home.title') })
    .waitFor();
  for (const name of role.cards) await loaded(name);
  // Cards for other roles render nothing once the desk has said who this is; by now every card
  // that will show has had that answer.
  await page
    .waitForLoadState('networkidle', { timeout: 5_000 })
    .catch(() => {});
  const ours = Object.fromEntries(
    Object.entries(CARDS).map(([name, title]) => [title(), name]),
  );
  const shown = (
    await page
      .getByTestId('home-cards')
      .getByRole('heading', { level: 2 })
      .allInnerTexts()
  )
    .map(h => ours[h.trim()])
    .filter(Boolean);
  assert.deepEqual(
    shown.sort(),
    [...role.cards].sort(),
    `${role.who}'s home cards`,
  );
}

/** A card's entry of the ticket desk-flow.test.js opened (which must have got that far). */
function listed(c, displayId) {
  assert.match(displayId ?? '', /^SD-/, 'desk-flow.test.js left no ticket');
  return c.getByTestId('card-ticket').filter({ hasText: displayId });
}

/** The close clock of a listed emergency counts live: its text changes within a few seconds. */
async function clockRuns(row) {
  const clock = row.getByTestId('sla-emergencyClose');
  const before = await clock.innerText();
  await session.page.waitForFunction(
    ([el, text]) => el.innerText !== text,
    [await clock.elementHandle(), before],
    { timeout: 5_000 },
  );
}

/** The Chinese check of a home page: the sidebar, the page's header and the product's cards. */
async function noEnglishAtHome(role) {
  if (session.language !== 'zh-CN') return;
  const { page } = session;
  await assertNoEnglish(`${role.who}'s home`, [
    sidebar(),
    page.getByRole('heading', { level: 1 }).first(),
    ...role.cards.map(name => card(CARDS[name]())),
  ]);
}

for (const lang of ['en', 'zh-CN']) {
  browserTest(
    `[${lang}] the desk agent's home: the queue, the emergencies with live clocks, who is on duty`,
    300_000,
    async () => {
      await setLanguage(lang);
      const role = ROLES[0];
      await home(role);
      const row = listed(card(CARDS.emergencies()), flow.emergencyId);
      await row.waitFor();
      await clockRuns(row);
      const onDuty = card(CARDS.onDuty());
      await onDuty
        .getByText(desk('deskStatus.now'), { exact: false })
        .waitFor();
      await noEnglishAtHome(role);
      await screenshot(`home-agent-${lang}`);
    },
  );

  browserTest(`[${lang}] the desk lead's home`, 300_000, async () => {
    await setLanguage(lang);
    const role = ROLES[1];
    await home(role);
    await listed(card(CARDS.emergencies()), flow.emergencyId).waitFor();
    await noEnglishAtHome(role);
    await screenshot(`home-lead-${lang}`);
  });

  browserTest(
    `[${lang}] the PM's home lists what waits on him${
      lang === 'en' ? ', and he assigns it from there' : ''
    }`,
    300_000,
    async () => {
      const { page } = session;
      await setLanguage(lang);
      const role = ROLES[2];
      await home(role);
      const queue = card(CARDS.queue());
      if (lang === 'en') {
        // The emergency the desk dispatched to him, opened from the card in-app.
        await listed(queue, flow.emergencyId)
          .getByRole('link', { name: new RegExp(flow.emergencyId) })
          .click();
        await page.waitForURL(flow.emergencyUrl);
        await page
          .getByRole('button', { name: desk('actions.assign'), exact: true })
          .click();
        const dialog = page.getByRole('dialog');
        await pickPerson(dialog, 'action-assignee', flow.ENGINEER);
        await dialog
          .getByRole('button', { name: desk('ticket.confirm') })
          .click();
        await page
          .getByTestId('ticket-state')
          .filter({ hasText: desk('states.with_engineer') })
          .waitFor();
        await home(role);
      }
      // Assigned: it waits on the engineer now, no longer on the PM.
      await loaded('queue');
      assert.equal(await listed(queue, flow.emergencyId).count(), 0);
      await noEnglishAtHome(role);
      await screenshot(`home-pm-${lang}`);
    },
  );

  browserTest(
    `[${lang}] the engineer's home lists the emergency assigned to him`,
    300_000,
    async () => {
      await setLanguage(lang);
      const role = ROLES[3];
      await home(role);
      await listed(card(CARDS.queue()), flow.emergencyId).waitFor();
      await noEnglishAtHome(role);
      await screenshot(`home-engineer-${lang}`);
    },
  );

  browserTest(
    `[${lang}] the IT manager's home: this cycle's score and its trend`,
    300_000,
    async () => {
      await setLanguage(lang);
      const role = ROLES[4];
      await home(role);
      const score = card(CARDS.score());
      const now = await score.getByTestId('score-now').innerText();
      for (const key of ['home.operational', 'home.customer'])
        assert.match(now, new RegExp(flow.escape(t('plugin.scorecard', key))));
      assert.ok(
        (await score.getByTestId('score-trend-row').count()) >= 1,
        'no cycle in the trend',
      );
      await noEnglishAtHome(role);
      await screenshot(`home-manager-${lang}`);
    },
  );

  browserTest(
    `[${lang}] the service card of ems-scada: open tickets, its PM and why, and "report a problem"`,
    300_000,
    async () => {
      const { page } = session;
      await setLanguage(lang);
      await signInAs(/Li Na/, `${APP}/catalog/default/component/ems-scada`);
      const c = card(desk('serviceCard.title'));
      const count = c.getByTestId('service-card-count');
      await count.waitFor();
      const openCount = new RegExp(
        `^(${['serviceCard.open_one', 'serviceCard.open_other']
          .map(k => flow.escape(desk(k, { count: '§' })).replace('§', '\\d+'))
          .join('|')})$`,
      );
      assert.match((await count.innerText()).trim(), openCount);
      await listed(c, flow.emergencyId).waitFor();
      // The closed ticket of the lifecycle is not an open one.
      assert.equal(await listed(c, flow.displayId).count(), 0);
      const pm = c.getByTestId('service-card-pm');
      await pm.getByText(flow.PM).waitFor();
      assert.match(
        await pm.innerText(),
        new RegExp(flow.escape(desk('routingSources.system_annotation'))),
      );
      await screenshot(`service-card-${lang}`);
      if (lang === 'zh-CN')
        await assertNoEnglish('the entity page of ems-scada', [
          sidebar(),
          entityTabs(),
          c,
        ]);
      // The entity's Tickets tab is the desk's too, named in the reader's language.
      await entityTabs()
        .getByRole('link', { name: desk('entityTab.title'), exact: true })
        .waitFor();

      await c
        .getByRole('link', { name: desk('serviceCard.report') })
        .or(c.getByRole('button', { name: desk('serviceCard.report') }))
        .first()
        .click();
      await page.waitForURL(u => u.pathname === '/service-desk/new');
      assert.equal(
        new URL(page.url()).searchParams.get('entityRef'),
        'component:default/ems-scada',
      );
      await page
        .getByTestId('routing-preview')
        .filter({ hasText: flow.PM })
        .waitFor();
      // The field shows the service's name once the catalog's answer is in, which may come
      // after the routing preview's.
      await page
        .waitForFunction(
          () =>
            /ems-scada|EMS\/SCADA/.test(
              document.querySelector('#new-ticket-entity')?.value ?? '',
            ),
          null,
          { timeout: 20_000 },
        )
        .catch(() => {});
      assert.match(
        await page.locator('#new-ticket-entity').inputValue(),
        /ems-scada|EMS\/SCADA/,
      );
      await screenshot(`report-a-problem-${lang}`);
      if (lang === 'zh-CN')
        await assertNoEnglish('the new-ticket form from the service card', [
          page.locator('body'),
        ]);
    },
  );
}
