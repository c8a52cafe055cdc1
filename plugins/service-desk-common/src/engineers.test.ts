import { engineerCandidates } from './engineers';

describe('engineerCandidates', () => {
  const team = [
    'user:default/he.jun',
    'user:default/ma.chao',
    'user:default/zhang.wei',
  ];

  it.each([
    [
      'leaves out the PM who is in the owner team',
      'user:default/zhang.wei',
      ['user:default/he.jun', 'user:default/ma.chao'],
    ],
    [
      'compares refs case-insensitively',
      'User:default/Zhang.Wei',
      ['user:default/he.jun', 'user:default/ma.chao'],
    ],
    [
      'keeps the whole team when the PM is outside it',
      'user:default/xu.jing',
      team,
    ],
  ])('%s', (_case, projectManagerRef, expected) => {
    expect(engineerCandidates(team, { projectManagerRef })).toEqual(expected);
  });
});
