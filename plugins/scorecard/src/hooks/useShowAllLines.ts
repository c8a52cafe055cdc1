import { createContext, useContext } from 'react';

/**
 * Asks for the report again with every line of every item and every record behind them; absent
 * where the page cannot (a report shown from elsewhere).
 */
const ShowAllLines = createContext<(() => void) | undefined>(undefined);

export const ShowAllLinesProvider = ShowAllLines.Provider;

export function useShowAllLines(): (() => void) | undefined {
  return useContext(ShowAllLines);
}
