import '@testing-library/jest-dom';

// Typing a whole form takes seconds on a loaded 2-core machine; jest's 5 s is too short.
jest.setTimeout(30_000);
