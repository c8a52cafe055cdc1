// The word lists the browser test judges Chinese screens by (translations.js), checked without a
// browser: a check that finds nothing must be able to find something.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const {
  englishIn,
  englishPieces,
  message,
  pieces,
  translationRefs,
} = require('./translations');

test('a message is cut at its placeholders into the pieces a screen shows', () => {
  assert.deepEqual(
    pieces({
      a: 'Today answered within {{seconds}} s: {{rate}} ({{inTime}}/{{answered}})',
      b: '{{time}} left',
      c: '≥ {{value}} %',
      d: "The queue's order",
    }).map(p => p.piece),
    ['Today answered within', 'left', "The queue's order"],
  );
});

test('every translation ref of the product is read, with its zh-CN messages', () => {
  const refs = translationRefs();
  for (const id of ['plugin.service-desk', 'plugin.scorecard', 'portal'])
    assert.ok(
      refs.some(r => r.id === id),
      `${id} not found in ${refs.map(r => r.id)}`,
    );
  for (const ref of refs)
    assert.deepEqual(
      Object.keys(ref['zh-CN']).sort(),
      Object.keys(ref.en).sort(),
      `${ref.id} (${ref.file}): zh-CN keys`,
    );
  assert.equal(
    message('en', 'plugin.service-desk', 'nav.title'),
    'Service desk',
  );
  assert.equal(message('zh-CN', 'plugin.service-desk', 'nav.title'), '服务台');
  assert.equal(
    message('en', 'plugin.service-desk', 'sla.left', { time: '3 min' }),
    '3 min left',
  );
  assert.throws(() => message('en', 'plugin.service-desk', 'no.such.key'));
});

test('English pieces are found as whole words, the allow-list and Chinese are not', () => {
  const english = englishPieces();
  const found = text => englishIn(text, english).map(f => f.split(' (')[0]);
  // Every piece a text holds: the whole message and the short words inside it ("on").
  assert.deepEqual(found('待我处理 Waiting on me').sort(), [
    'Waiting on me',
    'on',
  ]);
  assert.deepEqual(found('关单: 剩余 58:27 left'), ['left']);
  // "Close" is a piece; "Closed" and "closely" are other words (Closed is a piece of its own).
  assert.deepEqual(found('closely'), []);
  assert.ok(!found('Closed').includes('Close'));
  assert.deepEqual(
    found('导出 CSV · 导出 2026 年度考核表（.xlsx） · §9 KPI 指标'),
    [],
  );
  assert.deepEqual(found('服务台 · 待我处理 · 未关闭的突发事件 · 值班'), []);
});
