/**
 * A small SOQL reader for the soql-fields check: finds the static SOQL in Apex source and pulls out the
 * object and field references of each query. It is not a validating parser — Apex syntax is apex-ls's job —
 * it only has to find every field name a query mentions and know which object it belongs to.
 */

/** A query found in Apex source. `offset` is where `text` starts in the file. */
export interface ApexQuery {
  text: string;
  offset: number;
  /** `static` for `[SELECT ...]`, `dynamic` for a literal passed to `Database.query` and friends. */
  kind: 'static' | 'dynamic';
}

/** A field path as written, e.g. `Course__r.Status__c`; `offset` is relative to the query text. */
export interface FieldRef {
  path: string;
  offset: number;
}

export interface SoqlQuery {
  /** Object (or, for a child subquery, relationship) name after FROM. */
  from: string;
  fromOffset: number;
  /** Alias after the FROM object, if any (`FROM Account a`). */
  alias?: string;
  /** Field references anywhere in the query itself (not its subqueries). */
  fields: FieldRef[];
  /** `(SELECT ... FROM Children__r)` in the SELECT list. */
  children: SoqlQuery[];
  /** Independent subqueries, e.g. semi-joins `Id IN (SELECT Course__c FROM Section__c)`. */
  semiJoins: SoqlQuery[];
  /** Aliases defined in the SELECT list (`COUNT(Id) cnt`); HAVING/ORDER BY may name them. */
  aliases: string[];
}

// ---------------------------------------------------------------------------------------------------
// Apex source scanning
// ---------------------------------------------------------------------------------------------------

/**
 * Replaces comments with spaces (newlines kept) so offsets and line numbers are unchanged. String
 * literals are kept as they are; a `//` or `/*` inside a string is not a comment.
 */
export function blankComments(source: string): string {
  const out = source.split('');
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    if (c === "'") {
      i = skipString(source, i);
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') out[i++] = ' ';
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (; i < stop; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
    } else {
      i++;
    }
  }
  return out.join('');
}

/** Index just past the single-quoted literal that starts at `start` (backslash escapes). */
function skipString(s: string, start: number): number {
  let i = start + 1;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') i += 2;
    else if (c === "'") return i + 1;
    else if (c === '\n')
      return i; // unterminated: stop at the line end
    else i++;
  }
  return i;
}

/** Decodes an Apex string literal body (without the quotes). */
function decodeApexString(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
  });
}

const DYNAMIC_QUERY_METHODS =
  /\bDatabase\s*\.\s*(?:query|queryWithBinds|countQuery|countQueryWithBinds|getQueryLocator|getQueryLocatorWithBinds)\s*\(\s*/gi;

/**
 * Every static SOQL query (`[SELECT ...]`) and every `Database.query*('literal')` whose whole first
 * argument is one string literal (or literals joined with `+`). SOSL (`[FIND ...]`) is skipped.
 */
export function extractQueries(source: string): ApexQuery[] {
  const code = blankComments(source);
  const queries: ApexQuery[] = [];
  const n = code.length;
  let i = 0;
  while (i < n) {
    const c = code[i];
    if (c === "'") {
      i = skipString(code, i);
      continue;
    }
    if (c === '[') {
      const m = /^\[\s*select\b/i.exec(code.slice(i, i + 64));
      if (m) {
        const start = i + 1;
        const end = findSoqlEnd(code, start);
        queries.push({ text: code.slice(start, end), offset: start, kind: 'static' });
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  DYNAMIC_QUERY_METHODS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DYNAMIC_QUERY_METHODS.exec(code))) {
    let j = m.index + m[0].length;
    if (code[j] !== "'") continue;
    let text = '';
    const offset = j + 1;
    let ok = true;
    for (;;) {
      const end = skipString(code, j);
      if (code[end - 1] !== "'" || end - 1 === j) {
        ok = false;
        break;
      }
      text += decodeApexString(code.slice(j + 1, end - 1));
      j = end;
      while (/\s/.test(code[j] ?? '')) j++;
      if (code[j] === '+') {
        j++;
        while (/\s/.test(code[j] ?? '')) j++;
        if (code[j] === "'") continue;
        ok = false; // concatenation with a non-literal: not checkable
      } else if (code[j] !== ',' && code[j] !== ')') {
        ok = false;
      }
      break;
    }
    if (ok && /^\s*select\b/i.test(text)) queries.push({ text, offset, kind: 'dynamic' });
  }
  queries.sort((a, b) => a.offset - b.offset);
  return queries;
}

/** Index of the `]` closing a static query that starts at `start` (strings and nested brackets skipped). */
function findSoqlEnd(code: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === "'") {
      i = skipString(code, i);
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) return i;
      depth--;
    }
    i++;
  }
  return code.length;
}

// ---------------------------------------------------------------------------------------------------
// SOQL tokens
// ---------------------------------------------------------------------------------------------------

type TokenType = 'ident' | 'string' | 'number' | 'bind' | 'punct';
interface Token {
  type: TokenType;
  /** For `ident` a dotted path (`Course__r.Status__c`); for `punct` the operator text. */
  value: string;
  offset: number;
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/** Index just past the balanced group opening at `i` (`(`, `[`, `{` or generic `<`). */
function skipBalanced(s: string, i: number): number {
  const open = s[i];
  const close = OPEN[open];
  let depth = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "'") {
      i = skipString(s, i);
      continue;
    }
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}

/** Index just past the Apex bind expression that follows a `:` at `colon`. */
function skipBind(s: string, colon: number): number {
  let i = colon + 1;
  while (/\s/.test(s[i] ?? '')) i++;
  if (/[0-9]/.test(s[i] ?? '')) {
    while (/[0-9.]/.test(s[i] ?? '')) i++;
    return i;
  }
  if (s[i] === '(') return skipBalanced(s, i);
  if (s[i] === '-') i++;
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
  if (word && word[0].toLowerCase() === 'new') {
    i += 3;
    while (/\s/.test(s[i] ?? '')) i++;
    // Type name with dots and generics, then the constructor arguments or initializer.
    for (;;) {
      const w = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
      if (!w) break;
      i += w[0].length;
      while (/\s/.test(s[i] ?? '')) i++;
      if (s[i] === '<') {
        i = skipBalanced(s, i);
        while (/\s/.test(s[i] ?? '')) i++;
      }
      if (s[i] === '.') {
        i++;
        continue;
      }
      break;
    }
    while (s[i] === '(' || s[i] === '{' || s[i] === '[') {
      i = skipBalanced(s, i);
      while (/\s/.test(s[i] ?? '')) i++;
    }
    return i;
  }
  // Identifier chain: a.b(c).d[0]?.e
  for (;;) {
    const w = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
    if (!w) break;
    i += w[0].length;
    while (s[i] === '(' || s[i] === '[') i = skipBalanced(s, i);
    if (s[i] === '.' && /[A-Za-z_]/.test(s[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (s[i] === '?' && s[i + 1] === '.') {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      const end = skipString(text, i);
      tokens.push({ type: 'string', value: text.slice(i, end), offset: i });
      i = end;
    } else if (c === ':') {
      const end = skipBind(text, i);
      tokens.push({ type: 'bind', value: text.slice(i, end), offset: i });
      i = Math.max(end, i + 1);
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i))!;
      tokens.push({ type: 'ident', value: m[0].replace(/\s+/g, ''), offset: i });
      i += m[0].length;
    } else if (/[0-9]/.test(c) || ((c === '-' || c === '+') && /[0-9]/.test(text[i + 1] ?? ''))) {
      // Numbers, dates and datetimes: 42, -1.5, 2024-01-31, 2024-01-31T10:00:00Z, 2024-01-31T10:00:00+02:00
      const m = /^[-+]?[0-9][0-9.]*(?:-[0-9]{2}-[0-9]{2}(?:T[0-9:.]+(?:Z|[-+][0-9]{2}:?[0-9]{2})?)?)?/.exec(
        text.slice(i)
      )!;
      tokens.push({ type: 'number', value: m[0], offset: i });
      i += m[0].length;
    } else {
      const op = /^(?:!=|<>|<=|>=|[=<>(),])/.exec(text.slice(i));
      const v = op ? op[0] : c;
      tokens.push({ type: 'punct', value: v, offset: i });
      i += v.length;
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------------
// SOQL structure
// ---------------------------------------------------------------------------------------------------

const CLAUSES = new Set([
  'SELECT',
  'FROM',
  'WHERE',
  'WITH',
  'GROUP',
  'HAVING',
  'ORDER',
  'LIMIT',
  'OFFSET',
  'FOR',
  'USING',
  'ALL',
  'UPDATE'
]);

/** Words in conditions and ORDER BY that are not field names. */
const KEYWORDS = new Set(
  'AND OR NOT IN LIKE INCLUDES EXCLUDES NULL TRUE FALSE ASC DESC NULLS FIRST LAST BY'.split(' ')
);

const DATE_LITERAL =
  /^(?:TODAY|YESTERDAY|TOMORROW|(?:LAST|THIS|NEXT)_(?:WEEK|MONTH|QUARTER|YEAR|FISCAL_QUARTER|FISCAL_YEAR)|(?:LAST|NEXT)_90_DAYS|(?:LAST|NEXT)_N_(?:DAYS|WEEKS|MONTHS|QUARTERS|YEARS|FISCAL_QUARTERS|FISCAL_YEARS)|N_(?:DAYS|WEEKS|MONTHS|QUARTERS|YEARS|FISCAL_QUARTERS|FISCAL_YEARS)_AGO)$/i;

function upper(t: Token | undefined): string {
  return t && t.type === 'ident' ? t.value.toUpperCase() : '';
}

function isClauseStart(tokens: Token[], i: number): boolean {
  const u = upper(tokens[i]);
  if (!CLAUSES.has(u)) return false;
  if (u === 'GROUP' || u === 'ORDER') return upper(tokens[i + 1]) === 'BY';
  if (u === 'USING') return upper(tokens[i + 1]) === 'SCOPE';
  if (u === 'ALL') return upper(tokens[i + 1]) === 'ROWS';
  if (u === 'UPDATE') return ['TRACKING', 'VIEWSTAT'].includes(upper(tokens[i + 1]));
  return true;
}

/** Index of the `)` matching the `(` at `open` (token indexes). */
function matchParen(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'punct') continue;
    if (t.value === '(') depth++;
    else if (t.value === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return tokens.length - 1;
}

/** Parses one query (the text inside the brackets, or a dynamic query string). */
export function parseSoql(text: string): SoqlQuery {
  return parseTokens(tokenize(text));
}

function parseTokens(tokens: Token[]): SoqlQuery {
  const query: SoqlQuery = { from: '', fromOffset: 0, fields: [], children: [], semiJoins: [], aliases: [] };
  // Split into clauses at depth 0.
  const clauses: { name: string; start: number; end: number }[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'punct' && t.value === '(') depth++;
    else if (t.type === 'punct' && t.value === ')') depth--;
    else if (depth === 0 && isClauseStart(tokens, i)) {
      if (clauses.length) clauses[clauses.length - 1].end = i;
      const name = upper(t);
      const words =
        name === 'GROUP' || name === 'ORDER' || name === 'USING' || name === 'ALL' || name === 'UPDATE'
          ? 2
          : 1;
      clauses.push({ name, start: i + words, end: tokens.length });
      i += words - 1;
      // The object after FROM may itself be a keyword-like name (Order, Group): take it verbatim.
      if (name === 'FROM' && tokens[i + 1]) i++;
    }
  }
  const from = clauses.find((c) => c.name === 'FROM');
  if (from) {
    // `from.start` is the object token (skipped over above so that `Order` or `Group` is not a clause).
    const objTok = tokens[from.start];
    if (objTok && objTok.type === 'ident') {
      query.from = objTok.value;
      query.fromOffset = objTok.offset;
      const aliasTok = tokens[from.start + 1];
      if (
        aliasTok &&
        aliasTok.type === 'ident' &&
        from.start + 1 < from.end &&
        !KEYWORDS.has(upper(aliasTok))
      ) {
        query.alias = aliasTok.value;
      }
    }
  }
  for (const clause of clauses) {
    const slice = tokens.slice(clause.start, clause.end);
    switch (clause.name) {
      case 'SELECT':
        readSelectList(slice, query);
        break;
      case 'WHERE':
      case 'HAVING':
        readExpression(slice, query);
        break;
      case 'GROUP':
      case 'ORDER':
        readExpression(slice, query);
        break;
      default:
        // FROM (handled above), WITH, LIMIT, OFFSET, FOR, USING SCOPE, ALL ROWS, UPDATE ...: no fields.
        break;
    }
  }
  if (query.alias) {
    const prefix = query.alias.toLowerCase() + '.';
    for (const f of query.fields)
      if (f.path.toLowerCase().startsWith(prefix)) f.path = f.path.slice(prefix.length);
  }
  return query;
}

/** Splits a token list at depth-0 commas. */
function splitTopLevel(tokens: Token[]): Token[][] {
  const items: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.type === 'punct' && t.value === '(') depth++;
    if (t.type === 'punct' && t.value === ')') depth--;
    if (depth === 0 && t.type === 'punct' && t.value === ',') {
      items.push(current);
      current = [];
    } else {
      current.push(t);
    }
  }
  if (current.length) items.push(current);
  return items;
}

/** Drops `TYPEOF ... END` blocks (polymorphic fields are not checked; their commas would split items). */
function dropTypeof(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (upper(tokens[i]) === 'TYPEOF') {
      while (i < tokens.length && upper(tokens[i]) !== 'END') i++;
      continue;
    }
    out.push(tokens[i]);
  }
  return out;
}

function readSelectList(tokens: Token[], query: SoqlQuery): void {
  for (const item of splitTopLevel(dropTypeof(tokens))) {
    if (!item.length) continue;
    const first = item[0];
    if (first.type === 'punct' && first.value === '(') {
      // Child relationship subquery.
      const close = matchParen(item, 0);
      query.children.push(parseTokens(item.slice(1, close)));
      continue;
    }
    if (first.type !== 'ident') continue;
    const next = item[1];
    if (next && next.type === 'punct' && next.value === '(') {
      // Function: COUNT(Id) cnt, toLabel(Status__c), FORMAT(Amount), FIELDS(ALL), CALENDAR_YEAR(CreatedDate) y
      const close = matchParen(item, 1);
      if (upper(first) !== 'FIELDS') readExpression(item.slice(2, close), query);
      const alias = item[close + 1];
      if (alias && alias.type === 'ident') query.aliases.push(alias.value);
      continue;
    }
    query.fields.push({ path: first.value, offset: first.offset });
    if (next && next.type === 'ident') query.aliases.push(next.value);
  }
}

/**
 * Field references in a condition, GROUP BY or ORDER BY list: every identifier that is not a keyword,
 * a date literal, a function name or a bind; nested `(SELECT ...)` are semi-join subqueries.
 */
function readExpression(tokens: Token[], query: SoqlQuery): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'punct' && t.value === '(' && upper(tokens[i + 1]) === 'SELECT') {
      const close = matchParen(tokens, i);
      query.semiJoins.push(parseTokens(tokens.slice(i + 1, close)));
      i = close;
      continue;
    }
    if (t.type !== 'ident') continue;
    const u = upper(t);
    if (KEYWORDS.has(u) || DATE_LITERAL.test(t.value)) continue;
    const next = tokens[i + 1];
    if (next && next.type === 'punct' && next.value === '(') continue; // function name
    query.fields.push({ path: t.value, offset: t.offset });
  }
}
