// The product's words as the browser test needs them, read from source at test time with
// TypeScript's own parser (so a ref added later, a double-quoted message or one with a
// placeholder in the middle is not missed): every translation ref's English messages and its
// zh-CN messages, to find what a screen must say, and the English pieces a Chinese screen must
// not show.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');

/**
 * Pieces that may show on a Chinese screen because the Chinese text uses the same word, each with
 * its reason. Every entry must still be a piece of some English message and appear in a zh-CN
 * message (checked below), so the list cannot quietly outgrow what it excuses.
 */
const SAME_IN_BOTH = new Map([
  ['CSV', 'a file format’s name, which the Chinese button says too (导出 CSV)'],
  ['xlsx', 'a file name’s extension (导出 … 年度考核表（.xlsx）)'],
  ['KPI', 'the regulation’s own term: its §9 reads “KPI 指标”'],
]);

/** Source files under the product's packages; tests and build output left out. */
function sourceFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['node_modules', 'dist', 'dist-types'].includes(entry.name))
        out.push(...sourceFiles(full));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      out.push(full);
  }
  return out;
}

const productSources = () =>
  ['plugins', 'packages'].flatMap(top =>
    fs
      .readdirSync(path.join(ROOT, top))
      .map(p => path.join(ROOT, top, p, 'src'))
      .filter(p => fs.existsSync(p))
      .flatMap(sourceFiles),
  );

const parse = file =>
  ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );

function walk(node, visit) {
  visit(node);
  ts.forEachChild(node, child => walk(child, visit));
}

const propertyName = p =>
  ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name)
    ? p.name.text
    : p.name.getText();

const property = (object, name) =>
  object.properties.find(
    p => ts.isPropertyAssignment(p) && propertyName(p) === name,
  )?.initializer;

let exported;

/**
 * The product's exported object constants by name (`export const closingMessagesEn = { … } as
 * const`): message subtrees kept in the common package, so that the backend says what the screen
 * says, and merged into a ref by name or by spread.
 */
function exportedObjects() {
  if (exported) return exported;
  exported = new Map();
  for (const file of productSources()) {
    if (!/export const \w+[^=]*=\s*\{/.test(fs.readFileSync(file, 'utf8')))
      continue;
    walk(parse(file), node => {
      if (
        !ts.isVariableStatement(node) ||
        !node.modifiers?.some(m => m.kind === ts.SyntaxKind.ExportKeyword)
      )
        return;
      for (const d of node.declarationList.declarations) {
        const init = typed(d.initializer);
        if (
          init &&
          ts.isObjectLiteralExpression(init) &&
          ts.isIdentifier(d.name)
        )
          exported.set(d.name.text, init);
      }
    });
  }
  return exported;
}

/** An expression without its `as const` or `satisfies …`, which type it and change nothing. */
function typed(node) {
  while (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node)))
    node = node.expression;
  return node;
}

/** An object literal, or the exported constant a name stands for; undefined for anything else. */
function objectOf(node) {
  node = typed(node);
  if (node && ts.isIdentifier(node)) node = exportedObjects().get(node.text);
  return node && ts.isObjectLiteralExpression(node) ? node : undefined;
}

/** The string leaves of an object literal, keyed by their dotted path. */
function flatten(node, prefix = '', out = {}) {
  const object = objectOf(node);
  if (!object) return out;
  for (const p of object.properties) {
    if (ts.isSpreadAssignment(p)) flatten(p.expression, prefix, out);
    if (!ts.isPropertyAssignment(p)) continue;
    const key = prefix + propertyName(p);
    if (ts.isStringLiteralLike(p.initializer)) out[key] = p.initializer.text;
    else flatten(p.initializer, `${key}.`, out);
  }
  return out;
}

/** The object literal a translation module exports by default (`export default { … }`). */
function defaultExport(file) {
  let found;
  walk(parse(file), node => {
    if (ts.isExportAssignment(node) && objectOf(node.expression))
      found ??= node.expression;
  });
  if (!found) throw new Error(`${file} exports no object literal by default`);
  return flatten(found);
}

/**
 * The zh-CN messages of a ref: the module its `translations: { 'zh-CN': () => import('…') }`
 * loads.
 */
function chineseOf(refCall, file) {
  const translations = property(refCall, 'translations');
  const loader = translations && property(translations, 'zh-CN');
  let specifier;
  if (loader)
    walk(loader, node => {
      if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword
      )
        specifier ??= node.arguments[0].text;
    });
  if (!specifier) return {};
  const base = path.resolve(path.dirname(file), specifier);
  const target = ['.ts', '.tsx', '/index.ts']
    .map(ext => base + ext)
    .find(f => fs.existsSync(f));
  return target ? defaultExport(target) : {};
}

let cached;

/** Every `createTranslationRef({ id, messages, translations })` of the product. */
function translationRefs() {
  if (cached) return cached;
  cached = [];
  for (const file of productSources()) {
    if (!fs.readFileSync(file, 'utf8').includes('createTranslationRef'))
      continue;
    walk(parse(file), node => {
      if (
        !ts.isCallExpression(node) ||
        node.expression.getText() !== 'createTranslationRef'
      )
        return;
      const [arg] = node.arguments;
      cached.push({
        id: property(arg, 'id').text,
        file: path.relative(ROOT, file),
        en: flatten(property(arg, 'messages')),
        'zh-CN': chineseOf(arg, file),
      });
    });
  }
  return cached;
}

/**
 * A message as the screen shows it in `lang` ('en' or 'zh-CN'), placeholders filled from `vars`;
 * throws when the ref or key does not exist, so a renamed key fails loudly.
 */
function message(lang, refId, key, vars = {}) {
  const ref = translationRefs().find(r => r.id === refId);
  const text = ref?.[lang][key];
  if (text === undefined)
    throw new Error(`no ${lang} message ${refId} ${key} in the sources`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) =>
    name in vars ? String(vars[name]) : `{{${name}}}`,
  );
}

/** Whether a ref has a message (for cards whose keys are not settled yet). */
const hasMessage = (refId, key) =>
  translationRefs().some(r => r.id === refId && key in r.en);

/**
 * The fixed pieces of a message between its placeholders that hold a Latin word of two letters
 * or more ("{{time}} left" → "left"; "({{a}}/{{b}})" → nothing), with the message's key.
 */
function pieces(messages) {
  const out = [];
  for (const [key, text] of Object.entries(messages))
    for (const raw of text.split(/\{\{[^}]*\}\}/)) {
      const piece = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (/[A-Za-z]{2}/.test(piece)) out.push({ key, piece });
    }
  return out;
}

const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The English pieces of every ref, each with a matcher that finds it as words ("Close" matches
 * "Close" but not "Closed" or "closely"), after checking the allow-list against the sources.
 */
function englishPieces() {
  const refs = translationRefs();
  const all = refs.flatMap(ref =>
    pieces(ref.en).map(p => ({ ...p, ref: ref.id })),
  );
  const chinese = refs.flatMap(r => Object.values(r['zh-CN'])).join('\n');
  for (const [piece, reason] of SAME_IN_BOTH) {
    if (!all.some(p => p.piece === piece))
      throw new Error(
        `allow-listed "${piece}" (${reason}) is no English message any more`,
      );
    if (!chinese.includes(piece))
      throw new Error(
        `allow-listed "${piece}" (${reason}) is in no Chinese message`,
      );
  }
  const seen = new Set();
  return all
    .filter(p => !SAME_IN_BOTH.has(p.piece))
    .filter(p => !seen.has(p.piece) && seen.add(p.piece))
    .map(p => ({
      ...p,
      pattern: new RegExp(
        `(?<![A-Za-z])${escape(p.piece).replace(/\s+/g, '\\s+')}(?![A-Za-z])`,
      ),
    }));
}

/** The English pieces a text shows, each as "piece (ref key)". */
const englishIn = (text, english) =>
  english
    .filter(p => p.pattern.test(text))
    .map(p => `${p.piece} (${p.ref} ${p.key})`);

/**
 * What the demo data and the demo catalog write (ticket titles, assessment entries, entity
 * titles): phrases of at least 8 characters holding a Latin word, from the string literals of
 * the demo-data module and the scalar values of examples/*.yaml. It is data a person typed, and
 * bilingual on purpose ("机房门禁隐患整改超期 Data-room door fix overdue"), not the product's words.
 */
function demoStrings() {
  const out = new Set();
  const dir = path.join(
    ROOT,
    'plugins/service-desk-backend-module-demo-data/src',
  );
  for (const file of sourceFiles(dir))
    walk(parse(file), node => {
      if (ts.isStringLiteralLike(node)) out.add(node.text);
    });
  for (const file of fs.readdirSync(path.join(ROOT, 'examples')))
    if (file.endsWith('.yaml'))
      for (const m of fs
        .readFileSync(path.join(ROOT, 'examples', file), 'utf8')
        .matchAll(/:\s+(?:['"]?)(.+?)['"]?\s*$/gm))
        out.add(m[1]);
  return (
    [...out]
      .map(x => x.trim())
      // Phrases, not the code words (state and action keys) the demo source also holds.
      .filter(x => x.length >= 8 && /[A-Za-z]{2}/.test(x) && /\s/.test(x))
      .sort((a, b) => b.length - a.length)
  );
}

module.exports = {
  demoStrings,
  englishPieces,
  englishIn,
  message,
  hasMessage,
  pieces,
  translationRefs,
};
