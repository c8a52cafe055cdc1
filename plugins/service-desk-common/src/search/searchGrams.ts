/**
 * The terms of the ticket list's text index: the distinct overlapping bigrams of letters and
 * digits (any script) in a text. Every bigram of a substring is a bigram of the text, so a
 * ticket whose grams hold all of a query's grams is a candidate and one that lacks any is not:
 * the index narrows the rows, and the database's LIKE still decides which match.
 *
 * For that to hold against LIKE on either engine, each character is folded on its own, never
 * with its neighbours: NFKC of the whole text would join "e" and a combining accent into "é",
 * and the raw text's "cafe" would no longer be a substring. The fold makes a character and its
 * lower case alike (whichever lowering the database applies, before LIKE compares), so it folds
 * final sigma to σ and drops combining marks (JavaScript lowers "İ" to "i" plus a dot above, a
 * database's LOWER to "i").
 */

const WORD = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/** A folded character: its word characters, undefined where it has a separator. */
type Folded = ReadonlyArray<string | undefined>;

/**
 * Folding a character costs microseconds and a ticket has hundreds: the folds of the characters
 * seen are kept (a few thousand in practice), up to a bound no text can push memory past.
 */
const folds = new Map<string, Folded>();
const MAX_FOLDS = 20_000;

/** Grams of each text; a gram never spans two texts. */
export function textGrams(...texts: string[]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    let previous: string | undefined;
    for (const c of text) {
      for (const f of folded(c)) {
        if (f !== undefined && previous !== undefined) grams.add(previous + f);
        previous = f;
      }
    }
  }
  return [...grams];
}

/**
 * The grams every matching ticket holds; none for a query of one character or only
 * punctuation, which the index cannot narrow.
 */
export function queryGrams(q: string): string[] {
  return textGrams(q);
}

function folded(c: string): Folded {
  let f = folds.get(c);
  if (f === undefined) {
    f = fold(c);
    if (folds.size < MAX_FOLDS) folds.set(c, f);
  }
  return f;
}

function fold(c: string): Folded {
  const out: Array<string | undefined> = [];
  for (const f of c.normalize('NFKC').toLocaleLowerCase('en-US')) {
    if (f === 'ς') out.push('σ');
    else if (!MARK.test(f)) out.push(WORD.test(f) ? f : undefined);
  }
  return out;
}
