/**
 * A small, strict XML reader for the parts of an Office Open XML package that `deckReader` needs. It runs
 * unchanged in the browser (Lightning) and in Node, has no dependencies, and builds a plain tree:
 * elements with resolved namespaces, attributes and text (entities decoded, CDATA kept as text).
 *
 * Deliberately not supported: DTDs. A `<!DOCTYPE>` is skipped without reading its internal subset, so no
 * entity is ever expanded (no "billion laughs", no external entities); OOXML forbids DTDs anyway. Only the
 * five predefined entities and character references are decoded; anything else is kept literally.
 */

export interface XmlAttribute {
  /** The qualified name as written, e.g. `r:id`. */
  qname: string;
  /** The local part, e.g. `id`. */
  local: string;
  /** The namespace URI of the prefix ('' for an unprefixed attribute). */
  ns: string;
  value: string;
}

export interface XmlElement {
  /** The qualified name as written, e.g. `p:sp`. */
  qname: string;
  /** The local part, e.g. `sp`. Producers pick different prefixes, so code matches on this. */
  local: string;
  /** The namespace URI ('' when none is in scope). */
  ns: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Thrown for input that is not well-formed XML; `deckReader` reports it as a corrupt file. */
export class XmlError extends Error {
  constructor(message: string, offset: number) {
    super(`${message} (at character ${offset})`);
    this.name = 'XmlError';
  }
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_RUN = /[^\s/>=<"'!?]+/y;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; unknown references are kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid =
      Number.isFinite(code) &&
      code <= 0x10ffff &&
      (code === 0x9 || code === 0xa || code === 0xd || code >= 0x20) &&
      !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

interface OpenElement {
  element: XmlElement;
  /** Prefix → namespace URI declared on this element (inherits from the parent's scope). */
  scope: Map<string, string>;
}

function splitName(qname: string): [prefix: string, local: string] {
  const colon = qname.indexOf(':');
  return colon < 0 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

/** Parses a whole document and returns its root element. */
export function parseXml(source: string): XmlElement {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  text = text.replace(/\r\n?/g, '\n');
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let pos = 0;
  const rootScope = new Map<string, string>([['xml', XML_NS]]);

  const appendText = (value: string, at: number): void => {
    if (!value) return;
    const top = stack[stack.length - 1];
    if (top) top.element.children.push(value);
    else if (value.trim()) throw new XmlError('Text outside the root element', at);
  };

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) {
      appendText(decodeEntities(text.slice(pos)), pos);
      break;
    }
    if (lt > pos) appendText(decodeEntities(text.slice(pos, lt)), pos);

    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) throw new XmlError('Unterminated comment', lt);
      pos = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlError('Unterminated CDATA section', lt);
      if (!stack.length) throw new XmlError('CDATA outside the root element', lt);
      appendText(text.slice(lt + 9, end), lt);
      pos = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError('Unterminated processing instruction', lt);
      pos = end + 2;
    } else if (text.startsWith('<!DOCTYPE', lt)) {
      pos = skipDoctype(text, lt);
    } else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) throw new XmlError('Unterminated end tag', lt);
      const qname = text.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.element.qname !== qname) {
        throw new XmlError(`End tag </${qname}> does not match <${open?.element.qname ?? ''}>`, lt);
      }
      pos = end + 1;
    } else {
      const tag = readStartTag(text, lt, stack.length ? stack[stack.length - 1].scope : rootScope);
      const parent = stack[stack.length - 1];
      if (parent) parent.element.children.push(tag.element);
      else if (root) throw new XmlError('More than one root element', lt);
      else root = tag.element;
      if (!tag.selfClosing) stack.push({ element: tag.element, scope: tag.scope });
      pos = tag.end;
    }
  }
  if (stack.length)
    throw new XmlError(`Element <${stack[stack.length - 1].element.qname}> is not closed`, pos);
  if (!root) throw new XmlError('No root element', 0);
  return root;
}

function skipDoctype(text: string, start: number): number {
  let depth = 0;
  for (let i = start + 9; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) break;
      i = close;
    } else if (c === '>' && depth <= 0) return i + 1;
  }
  throw new XmlError('Unterminated DOCTYPE', start);
}

interface StartTag {
  element: XmlElement;
  scope: Map<string, string>;
  selfClosing: boolean;
  /** Offset just past the tag. */
  end: number;
}

function readStartTag(text: string, lt: number, parentScope: Map<string, string>): StartTag {
  let pos = lt + 1;
  if (!NAME_START.test(text[pos] ?? '')) throw new XmlError('Invalid tag name', lt);
  NAME_RUN.lastIndex = pos;
  const nameMatch = NAME_RUN.exec(text);
  if (!nameMatch) throw new XmlError('Invalid tag name', lt);
  const qname = nameMatch[0];
  pos += qname.length;

  const raw: [string, string][] = [];
  let selfClosing = false;
  for (;;) {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
    const c = text[pos];
    if (c === undefined) throw new XmlError(`Unterminated start tag <${qname}>`, lt);
    if (c === '>') {
      pos++;
      break;
    }
    if (c === '/' && text[pos + 1] === '>') {
      selfClosing = true;
      pos += 2;
      break;
    }
    NAME_RUN.lastIndex = pos;
    const attr = NAME_RUN.exec(text);
    if (!attr) throw new XmlError(`Invalid attribute in <${qname}>`, pos);
    pos += attr[0].length;
    while (/\s/.test(text[pos] ?? '')) pos++;
    if (text[pos] !== '=') throw new XmlError(`Attribute ${attr[0]} of <${qname}> has no value`, pos);
    pos++;
    while (/\s/.test(text[pos] ?? '')) pos++;
    const quote = text[pos];
    if (quote !== '"' && quote !== "'") throw new XmlError(`Unquoted attribute ${attr[0]}`, pos);
    const close = text.indexOf(quote, pos + 1);
    if (close < 0) throw new XmlError(`Unterminated attribute ${attr[0]}`, pos);
    const value = text.slice(pos + 1, close);
    if (value.includes('<')) throw new XmlError(`'<' in attribute ${attr[0]}`, pos);
    raw.push([attr[0], decodeEntities(value.replace(/[\t\n]/g, ' '))]);
    pos = close + 1;
  }

  let scope = parentScope;
  for (const [name, value] of raw) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parentScope) scope = new Map(parentScope);
      scope.set(name === 'xmlns' ? '' : name.slice(6), value);
    }
  }
  const [prefix, local] = splitName(qname);
  const element: XmlElement = {
    qname,
    local,
    ns: scope.get(prefix) ?? '',
    attributes: raw
      .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
      .map(([name, value]) => {
        const [attrPrefix, attrLocal] = splitName(name);
        return { qname: name, local: attrLocal, ns: attrPrefix ? (scope.get(attrPrefix) ?? '') : '', value };
      }),
    children: []
  };
  return { element, scope, selfClosing, end: pos };
}

// ---------------------------------------------------------------------------------------------------
// Navigation helpers. Matching is by local name: producers choose their own prefixes (`p:`, `pr:`, none),
// and the local names this module looks for are unambiguous within a presentation part.

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object' && node !== null;
}

/** The child elements, optionally only those with the given local name(s). */
export function childElements(element: XmlElement | undefined, ...locals: string[]): XmlElement[] {
  if (!element) return [];
  return element.children.filter(
    (node): node is XmlElement => isElement(node) && (locals.length === 0 || locals.includes(node.local))
  );
}

/** The first child element with the given local name. */
export function childElement(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((node): node is XmlElement => isElement(node) && node.local === local);
}

/** Follows a path of local names through first-matching children. */
export function path(element: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  let current = element;
  for (const local of locals) current = childElement(current, local);
  return current;
}

/** Every descendant element with the given local name, in document order. */
export function descendants(element: XmlElement | undefined, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.local === local) found.push(child);
      walk(child);
    }
  };
  if (element) walk(element);
  return found;
}

/**
 * An attribute's value. Without `namespaces`, only an unprefixed attribute matches (so `id` never picks up
 * `r:id`); with them, only an attribute whose prefix resolves to one of those URIs.
 */
export function attribute(
  element: XmlElement | undefined,
  local: string,
  namespaces?: readonly string[]
): string | undefined {
  return element?.attributes.find(
    (attr) => attr.local === local && (namespaces ? namespaces.includes(attr.ns) : attr.ns === '')
  )?.value;
}

/** The concatenated character data of an element's own text children. */
export function ownText(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children.filter((node): node is string => typeof node === 'string').join('');
}
