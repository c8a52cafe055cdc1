import { ConfigReader } from '@backstage/config';
import { categoryTitles, readCategories } from './categories';
import { labelIn } from './labels';
import { levelLabel, readPriorityMatrix } from './priority';

describe('labelIn', () => {
  it.each<[Parameters<typeof labelIn>[0], string, string]>([
    [{ en: 'High', zh: '高' }, 'zh-CN', '高'],
    [{ en: 'High', zh: '高' }, 'zh', '高'],
    [{ en: 'High', zh: '高' }, 'en', 'High'],
    [{ en: 'High', zh: '高' }, 'fr', 'High'],
    [{ zh: '高' }, 'en', '高'],
    [{ en: 'High' }, 'zh-CN', 'High'],
    ['高 High', 'en', '高 High'],
    [undefined, 'zh-CN', 'high'],
  ])('%j in %s → %s', (label, language, expected) => {
    expect(labelIn(label, language, 'high')).toBe(expected);
  });
});

const section = (serviceDesk: object) =>
  new ConfigReader({ serviceDesk }).getConfig('serviceDesk');

describe('readPriorityMatrix', () => {
  const matrix = { high: { high: 'P1', low: 'P3' }, low: { high: 'P3' } };

  it('reads levels with labels, and plain ids as before', () => {
    const m = readPriorityMatrix(
      section({
        priority: {
          impacts: [
            { id: 'high', label: { en: 'High', zh: '高' } },
            { id: 'low', label: '低 Low' },
          ],
          urgencies: ['high', 'low'],
          matrix,
        },
      }),
    );
    expect(m.impacts).toEqual(['high', 'low']);
    expect(m.urgencies).toEqual(['high', 'low']);
    expect(m.matrix.high.high).toBe('P1');
    expect(levelLabel(m, 'impacts', 'high', 'zh-CN')).toBe('高');
    expect(levelLabel(m, 'impacts', 'high', 'en')).toBe('High');
    expect(levelLabel(m, 'impacts', 'low', 'zh-CN')).toBe('低 Low');
    expect(levelLabel(m, 'urgencies', 'high', 'zh-CN')).toBe('high');
  });

  it('refuses a level that is neither an id nor { id, label }', () => {
    expect(() =>
      readPriorityMatrix(
        section({
          priority: {
            impacts: [{ id: 'high', label: { fr: 'Haut' } }],
            urgencies: [],
            matrix,
          },
        }),
      ),
    ).toThrow(/serviceDesk.priority.impacts must list ids or \{ id, label \}/);
  });
});

describe('categories in two languages', () => {
  const tree = readCategories(
    section({
      categories: [
        {
          id: 'application',
          title: { en: 'Application', zh: '应用系统' },
          children: [{ id: 'fault', title: { en: 'Fault', zh: '故障' } }],
        },
        { id: 'other', title: '其他 Other' },
      ],
    }),
  );

  it('titles each path in the language asked', () => {
    expect(categoryTitles(tree, 'zh-CN').get('application/fault')).toBe(
      '应用系统 / 故障',
    );
    expect(categoryTitles(tree, 'en').get('application/fault')).toBe(
      'Application / Fault',
    );
    expect(categoryTitles(tree, 'zh-CN').get('other')).toBe('其他 Other');
  });

  it('refuses a title with no language the portal ships', () => {
    expect(() =>
      readCategories(section({ categories: [{ id: 'x', title: {} }] })),
    ).toThrow(/serviceDesk.categories.0.title/);
  });
});
