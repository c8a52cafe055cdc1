import '@testing-library/jest-dom';

// Typing a whole form, or rendering every table of the page, takes tens of seconds on the shared
// 2-core machine when several test runs share it; jest's 5 s is far too short.
jest.setTimeout(120_000);
