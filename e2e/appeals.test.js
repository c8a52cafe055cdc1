// Appeals of deductions (issue 14, 申诉/复核): the desk lead appeals one deduction line of a past
// month's scorecard with a reason and an evidence link; the IT manager accepts it with a reason;
// the line is then shown taken back, naming the appeal, and its item's score is up by exactly the
// line's points. The manager then downloads the annual form in Chinese, which is read back with
// exceljs: an xlsx whose 申诉 sheet holds the appeal.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ExcelJS = require('exceljs');
const {
  session,
  browserTest,
  signInAs,
  setLanguage,
  screenshot,
  t,
  APP,
} = require('./session');
const { ROOT } = require('./portal');
const flow = require('./flow');

const sc = (key, vars) => t('plugin.scorecard', key, vars);
const LEAD = /Wang Fang/;
const MANAGER = /Huang Wei/;
const REASON =
  '调度日志显示已按时响应 The dispatch log shows a timely response';
const DECISION = '核对调度日志属实 Checked against the dispatch log';
const IMAGES = path.join(ROOT, 'docs', 'screenshots');

/**
 * Items whose lines are one ticket's or one entry's (or one cycle's), named alike in every report
 * that holds them, so the appeal also reaches the year's form. The rate items' lines are the
 * period's own (a month's rate is not the year's).
 */
const RATE_ITEMS = ['item-answerRate', 'item-resolutionRate'];

/** The months before this one in the desk's zone (UTC+8), newest first. */
function pastMonths(count) {
  const local = new Date(Date.now() + 8 * 3_600_000);
  const now = local.getUTCFullYear() * 12 + local.getUTCMonth();
  return Array.from({ length: count }, (_, i) => {
    const n = now - 1 - i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

const urlOf = month => `${APP}/scorecard?kind=month&period=${month}`;
const appealButtons = scope =>
  scope.getByRole('button', {
    name: new RegExp(`^${flow.escape(sc('appeals.fileLine', { line: '' }))}`),
  });

/** An item's score, the last cell of its row. */
async function scoreOf(row) {
  return Number((await row.locator('td').last().innerText()).trim());
}

/** The points a deduction line takes, from its text ("−2: …"). */
function pointsOf(lineText) {
  const [before] = sc('scorecard.deduction').split('{{points}}');
  const m = new RegExp(`${flow.escape(before)}([\\d.]+)`).exec(lineText);
  assert.ok(m, `no points in “${lineText}”`);
  return Number(m[1]);
}

let appealed;

browserTest(
  '[en] the lead appeals one deduction line with a reason and a link',
  300_000,
  async () => {
    const { page } = session;
    await setLanguage('en');
    const months = pastMonths(3);
    await signInAs(LEAD, urlOf(months[0]));
    // A line whose item has points left: taking the line back then raises the score by exactly
    // its points (an item at 0 may have more deducted than it holds, 扣完为止).
    for (const month of months) {
      await page.goto(urlOf(month));
      await page.getByTestId('operational-total').waitFor();
      await page.getByTestId('seal-status').waitFor();
      const rows = page.locator('tr[data-testid^="item-"]');
      for (const row of await rows.all()) {
        const testId = await row.getAttribute('data-testid');
        if (RATE_ITEMS.includes(testId) || testId === 'item-opsSecurity')
          continue;
        const buttons = appealButtons(row);
        if (!(await buttons.count()) || (await scoreOf(row)) <= 0) continue;
        const name = await buttons.first().getAttribute('aria-label');
        appealed = {
          month,
          testId,
          before: await scoreOf(row),
          points: pointsOf(name),
          name,
        };
        break;
      }
      if (appealed) break;
    }
    assert.ok(appealed, `no appealable deduction in ${months.join(', ')}`);
    const row = page.getByTestId(appealed.testId);
    await row.getByRole('button', { name: appealed.name, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: new RegExp(sc('appeals.dialog.reason')) })
      .fill(REASON);
    await dialog
      .getByRole('textbox', { name: sc('appeals.dialog.evidenceLink') })
      .fill('https://wiki.example.com/dispatch-log');
    await dialog.getByRole('button', { name: sc('appeals.file') }).click();
    await dialog.waitFor({ state: 'detached' });
    const state = row.locator('[data-testid^="appeal-state-"]').first();
    await state.waitFor();
    appealed.id = (await state.getAttribute('data-testid')).replace(
      'appeal-state-',
      '',
    );
    assert.equal(
      await state.innerText(),
      sc('appeals.line.pending', { id: appealed.id }),
    );
    // One appeal of a line at a time.
    assert.equal(
      await row.getByRole('button', { name: appealed.name }).count(),
      0,
    );
    const listed = page.getByTestId(`appeal-${appealed.id}`);
    await listed.getByText(REASON).waitFor();
    assert.match(
      await listed.innerText(),
      new RegExp(sc('appeals.states.pending')),
    );
    // The lead files; only a manager decides.
    assert.equal(
      await listed
        .getByRole('button', { name: sc('appeals.actions.accept') })
        .count(),
      0,
    );
  },
);

browserTest(
  "[en] the manager accepts it: the line is taken back and the item's score is up by its points",
  300_000,
  async () => {
    const { page } = session;
    assert.ok(appealed?.id, 'the lead filed no appeal');
    await signInAs(MANAGER, urlOf(appealed.month));
    const listed = page.getByTestId(`appeal-${appealed.id}`);
    await listed
      .getByRole('button', { name: sc('appeals.actions.accept') })
      .click();
    const dialog = page.getByRole('dialog', {
      name: sc('appeals.dialog.acceptTitle', { id: appealed.id }),
    });
    await dialog.getByRole('textbox').fill(DECISION);
    await dialog
      .getByRole('button', { name: sc('appeals.actions.accept') })
      .click();
    await dialog.waitFor({ state: 'detached' });
    await listed
      .getByText(sc('appeals.states.accepted'), { exact: true })
      .waitFor();
    assert.match(await listed.innerText(), new RegExp(flow.escape(DECISION)));

    const row = page.getByTestId(appealed.testId);
    const adjustment = row.getByTestId(`adjustment-${appealed.id}`);
    await adjustment.waitFor();
    assert.match(
      await adjustment.innerText(),
      new RegExp(
        flow.escape(
          sc('appeals.adjustment', {
            points: appealed.points,
            id: appealed.id,
          }),
        ),
      ),
    );
    assert.equal(await adjustment.locator('del').count(), 1);
    const after = await scoreOf(row);
    assert.equal(
      Math.round((after - appealed.before) * 100) / 100,
      appealed.points,
      `the score went from ${appealed.before} to ${after}`,
    );

    // The picture: the card with the line taken back, down to the appeals list, taken with the
    // window as tall as the page so both are laid out where they stand.
    const card = page.locator('section').filter({ has: row }).last();
    const list = page.getByRole('region', {
      name: sc('appeals.title', { year: appealed.month.slice(0, 4) }),
    });
    const size = page.viewportSize();
    const height = await page.evaluate(
      () => document.documentElement.scrollHeight,
    );
    await page.setViewportSize({ ...size, height });
    try {
      const top = await card.boundingBox();
      const bottom = await list.boundingBox();
      assert.ok(top && bottom, 'the card or the appeals list is not shown');
      fs.mkdirSync(IMAGES, { recursive: true });
      await page.screenshot({
        path: path.join(IMAGES, 'appeals.png'),
        clip: {
          x: Math.min(top.x, bottom.x),
          y: top.y,
          width: Math.max(top.width, bottom.width),
          height: bottom.y + bottom.height - top.y,
        },
      });
    } finally {
      await page.setViewportSize(size);
    }
    await screenshot('appeal-accepted-en');
  },
);

browserTest(
  '[zh-CN] the annual form downloads in Chinese, with the appeal on its 申诉 sheet',
  300_000,
  async () => {
    const { page } = session;
    assert.ok(appealed?.id, 'no appeal was decided');
    await setLanguage('zh-CN');
    const year = appealed.month.slice(0, 4);
    await page.goto(urlOf(appealed.month));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: sc('actions.exportAnnual', { year }) })
        .click(),
    ]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-desk-form-'));
    try {
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      assert.match(download.suggestedFilename(), /\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const sheet = book.worksheets.find(s => s.name.includes('申诉'));
      assert.ok(
        sheet,
        `no 申诉 sheet among ${book.worksheets.map(s => s.name).join(', ')}`,
      );
      const rows = [];
      sheet.eachRow(r =>
        rows.push(
          r.values
            .slice(1)
            .map(v =>
              String(
                v?.text ?? v?.richText?.map(p => p.text).join('') ?? v ?? '',
              ),
            )
            .join(' | '),
        ),
      );
      const row = rows.find(r => r.includes(`#${appealed.id}`));
      assert.ok(
        row,
        `appeal #${appealed.id} is not on the sheet:\n${rows.join('\n')}`,
      );
      assert.match(row, new RegExp(flow.escape(REASON)));
      assert.match(row, new RegExp(flow.escape(DECISION)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await setLanguage('en');
    }
  },
);
