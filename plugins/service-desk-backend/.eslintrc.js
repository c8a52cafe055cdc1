module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // The hostile-input suites assert through their runner (`context.refused`, `assertRefused`)
    // and supertest's `.expect(status)`.
    'jest/expect-expect': [
      'error',
      {
        assertFunctionNames: [
          'expect',
          'request.**.expect',
          'refused',
          '**.refused',
          'assertRefused',
        ],
      },
    ],
    'jest/no-standalone-expect': [
      'error',
      { additionalTestBlockFunctions: ['itWithPrivatePostgres'] },
    ],
  },
});
