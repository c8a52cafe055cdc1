import { queryGrams, textGrams } from './searchGrams';

describe('textGrams', () => {
  it.each<[string, string[], string[]]>([
    ['Chinese', ['遥测不刷新'], ['遥测', '测不', '不刷', '刷新']],
    ['Latin, lower-cased', ['Printer'], ['pr', 'ri', 'in', 'nt', 'te', 'er']],
    [
      'a display id: digits, each gram once, none across a dash',
      ['SD-202611-00001'],
      ['sd', '20', '02', '26', '61', '11', '00', '01'],
    ],
    [
      'mixed scripts, none across a space',
      ['EMS 主站 SCADA 全部遥测不刷新'],
      [
        'em',
        'ms',
        '主站',
        'sc',
        'ca',
        'ad',
        'da',
        '全部',
        '部遥',
        '遥测',
        '测不',
        '不刷',
        '刷新',
      ],
    ],
    ['letters and digits together', ['城东站-17'], ['城东', '东站', '17']],
    [
      'full-width letters and digits',
      ['ＳＣＡＤＡ１２'],
      ['sc', 'ca', 'ad', 'da', 'a1', '12'],
    ],
    ['punctuation splits', ['遥测，不刷新。'], ['遥测', '不刷', '刷新']],
    ['underscore and percent split', ['a_b%c'], []],
    ['several texts, none across them', ['ab', 'cd'], ['ab', 'cd']],
    ['nothing in one character or none', ['遥', '', '!?'], []],
    ['final sigma as sigma', ['ΟΔΟΣ'], ['οδ', 'δο', 'οσ']],
    ['combining marks dropped', ['cafe\u0301s'], ['ca', 'af', 'fe', 'es']],
  ])('%s', (_case, texts, expected) => {
    expect(textGrams(...texts)).toEqual(expected);
  });
});

describe('queryGrams', () => {
  it.each<[string, string[]]>([
    ['遥测', ['遥测']],
    ['遥', []],
    ['a', []],
    ['%_', []],
    ['a b', []],
    ['Printer', ['pr', 'ri', 'in', 'nt', 'te', 'er']],
    ['10%_off', ['10', 'of', 'ff']],
  ])('%s → %j', (q, expected) => {
    expect(queryGrams(q)).toEqual(expected);
  });

  // LIKE compares the database's LOWER of the text with the query lowered as below: whatever
  // that finds, the grams must not rule out.
  it.each([
    'EMS 主站 SCADA 全部遥测不刷新',
    'SD-202611-00042',
    '[城东站-17] 保护装置异常',
    'ＳＣＡＤＡ，全角',
    'ΟΔΟΣ ΣΑ',
    'İstanbul',
    'cafe\u0301 crème',
    'Straße ǅemal ﬁle ①②',
  ])('every substring of %j keeps its grams in the text', text => {
    const grams = new Set(textGrams(text));
    const raw = [...text];
    const lowered = [...text.toLocaleLowerCase('en-US')];
    // PostgreSQL's lower() maps one character at a time: no final sigma.
    const perCharacter = raw.flatMap(c => [...c.toLocaleLowerCase('en-US')]);
    for (const chars of [raw, lowered, perCharacter]) {
      for (let i = 0; i < chars.length; i++) {
        for (let j = i + 1; j <= chars.length; j++) {
          const q = chars.slice(i, j).join('');
          for (const g of queryGrams(q))
            expect([q, grams.has(g)]).toEqual([q, true]);
        }
      }
    }
  });
});
