import { screen, within } from '@testing-library/react';
import { mockDeskApi, renderDesk, ticket } from '../../__testUtils__/fixtures';
import { TicketTable } from './TicketTable';

/** A selector's specificity as one number (ids, classes, elements), enough for these sheets. */
function specificity(selector: string) {
  const ids = selector.match(/#/g)?.length ?? 0;
  const classes = selector.match(/\.|\[|:(?!:)/g)?.length ?? 0;
  const elements = selector.match(/(^|[\s>+~])[a-z]/gi)?.length ?? 0;
  return ids * 10_000 + classes * 100 + elements;
}

/** The specificity with which a rule's selector list matches, or -1 (jsdom cannot parse some). */
function matching(element: Element, selectorText: string) {
  return Math.max(
    -1,
    ...selectorText.split(',').map(selector => {
      try {
        return element.matches(selector) ? specificity(selector.trim()) : -1;
      } catch {
        return -1;
      }
    }),
  );
}

/**
 * The declarations that win on an element, by specificity and then order, as a browser takes
 * them. jsdom's computed style gives up on the app's sheets at the first selector it cannot
 * parse (MUI's `::-moz-focus-inner`), and the theme's `.MuiTableCell-root { word-break:
 * break-word }` is exactly what must lose here.
 */
function declaredFor(element: Element) {
  const rules = Array.from(document.styleSheets)
    .flatMap(sheet => Array.from(sheet.cssRules))
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule)
    .map((rule, order) => ({
      rule,
      order,
      weight: matching(element, rule.selectorText),
    }))
    .filter(r => r.weight >= 0)
    .sort((x, y) => x.weight - y.weight || x.order - y.order);
  const declared: Record<string, string> = {};
  for (const { rule } of rules) {
    for (const name of Array.from(rule.style)) {
      const camel = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      declared[camel] = rule.style.getPropertyValue(name);
    }
  }
  return declared;
}

describe('TicketTable', () => {
  it('keeps ids, states and kinds on one line and CJK words whole', async () => {
    await renderDesk(
      <TicketTable
        tickets={[ticket({ displayId: 'SD-202611-00024', state: 'closed' })]}
        totalCount={1}
      />,
      mockDeskApi(),
    );
    const row = screen.getByTestId('ticket-row');
    const [id, title, state, kind] = within(row).getAllByRole('cell');
    expect(id).toHaveTextContent('SD-202611-00024');
    for (const cell of [id, state, kind]) {
      expect(declaredFor(cell)).toMatchObject({ whiteSpace: 'nowrap' });
    }
    // The title may wrap, but only between words: never inside one, nor inside 已关闭.
    expect(declaredFor(title).whiteSpace).toBeUndefined();
    expect(declaredFor(title)).toMatchObject({
      wordBreak: 'keep-all',
      overflowWrap: 'normal',
    });
  });
});

describe('TicketTable count', () => {
  it('says the count is an estimate when the database only estimated it', async () => {
    await renderDesk(
      <TicketTable
        tickets={[ticket()]}
        totalCount={83412}
        totalCountEstimated
      />,
      mockDeskApi(),
    );
    expect(screen.getByTestId('ticket-count')).toHaveTextContent(
      /^About 83,?412 tickets$/,
    );
  });

  it('gives an exact count as it is', async () => {
    await renderDesk(
      <TicketTable tickets={[ticket()]} totalCount={9999} />,
      mockDeskApi(),
    );
    expect(screen.getByTestId('ticket-count')).toHaveTextContent(
      /^9,?999 tickets$/,
    );
  });
});
