/**
 * Reads slide titles, body text and speaker notes from the parts of an unzipped PresentationML package
 * (.pptx/.ppsx/.potx/.pptm). Producers differ (PowerPoint, Keynote, Google Slides, LibreOffice, generators),
 * so everything is found through the package's own structure, never through file names:
 *
 * - the main part from `_rels/.rels` (officeDocument), slide order from `p:sldIdLst` + its relationships;
 * - the title from the `title`/`ctrTitle` placeholder. A placeholder without a `type` is an `obj` (body)
 *   placeholder — LibreOffice writes its outline boxes as a bare `<p:ph/>` — unless it names an `idx` that
 *   the layout (then master) defines, whose type it then takes (so a bare `<p:ph idx="12"/>` pointing at a
 *   slide-number placeholder is skipped, and one pointing at the title is the title). `idx` values nobody
 *   defines (Google Slides' notes, PowerPoint's 4294967295 "orphans") stay `obj`. With no title
 *   placeholder text, the first line of the first text shape becomes the title;
 * - body text from every other shape, table, SmartArt diagram and group, in the slide's reading order
 *   (shape-tree order), one paragraph per line; slide number, date, footer and header placeholders skipped;
 * - notes from the slide's notes slide, skipping its slide image, number, date, header and footer.
 */
import {
  type XmlElement,
  attribute,
  childElement,
  childElements,
  isElement,
  ownText,
  parseXml,
  path
} from './xml';

/** The unzipped package: part name (no leading slash) → bytes. */
export type PackageFiles = Record<string, Uint8Array>;

export interface SlideContent {
  title: string;
  text: string;
  notes: string;
  hidden: boolean;
}

/** Relationship namespaces of Transitional and Strict OOXML. */
const RELATIONSHIP_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships'
];

const TITLE_TYPES = new Set(['title', 'ctrTitle']);
/** Placeholders whose text is chrome, not content. */
const SKIPPED_ON_SLIDES = new Set(['sldNum', 'dt', 'ftr', 'hdr']);
const SKIPPED_IN_NOTES = new Set(['sldImg', 'sldNum', 'dt', 'ftr', 'hdr']);

interface Relationship {
  id: string;
  type: string;
  /** The resolved part name, or '' for an external target. */
  part: string;
}

/** A structural problem in the package; `deckReader` reports it as a corrupt file. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // UTF-16 without a byte order mark: '<' followed by a zero byte (or the reverse).
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Resolves a relationship target against the part that owns the relationship. */
export function resolvePartName(sourcePart: string, target: string): string {
  let name = target.replace(/\\/g, '/');
  const hash = name.indexOf('#');
  if (hash >= 0) name = name.slice(0, hash);
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded after all; use it as written.
  }
  const segments = name.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

function relsPartName(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The unzipped package with cached XML parsing and relationship lookup. Part names are case-insensitive. */
export class OpcPackage {
  private readonly files = new Map<string, Uint8Array>();
  private readonly parsed = new Map<string, XmlElement>();
  private readonly relationships = new Map<string, Relationship[]>();

  constructor(files: PackageFiles) {
    for (const [name, bytes] of Object.entries(files)) {
      this.files.set(name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase(), bytes);
    }
  }

  has(part: string): boolean {
    return this.files.has(part.toLowerCase());
  }

  /** The parsed part; throws `PackageError` when it is missing and `XmlError` when it is malformed. */
  xml(part: string): XmlElement {
    const key = part.toLowerCase();
    let root = this.parsed.get(key);
    if (!root) {
      const bytes = this.files.get(key);
      if (!bytes) throw new PackageError(`Part ${part} is missing`);
      root = parseXml(decodeText(bytes));
      this.parsed.set(key, root);
    }
    return root;
  }

  /** The part if present and well formed, otherwise undefined (for optional parts such as notes). */
  optionalXml(part: string | undefined): XmlElement | undefined {
    if (!part || !this.has(part)) return undefined;
    try {
      return this.xml(part);
    } catch {
      return undefined;
    }
  }

  /** The relationships of a part ('' for the package itself); none when it has no rels part. */
  rels(part: string): Relationship[] {
    let list = this.relationships.get(part);
    if (list) return list;
    const relsPart = part ? relsPartName(part) : '_rels/.rels';
    list = [];
    if (this.has(relsPart)) {
      for (const rel of childElements(this.xml(relsPart), 'Relationship')) {
        const target = attribute(rel, 'Target') ?? '';
        list.push({
          id: attribute(rel, 'Id') ?? '',
          type: attribute(rel, 'Type') ?? '',
          part: attribute(rel, 'TargetMode') === 'External' ? '' : resolvePartName(part, target)
        });
      }
    }
    this.relationships.set(part, list);
    return list;
  }

  /** The first related part of a relationship type (matched by its last segment, e.g. `slideLayout`). */
  related(part: string, type: string): string | undefined {
    return this.rels(part).find((rel) => rel.part && relType(rel) === type)?.part;
  }
}

function relType(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf('/') + 1);
}

/** The main document part named by the package relationships, if there is one. */
export function mainPart(pkg: OpcPackage): string | undefined {
  const main = pkg.related('', 'officeDocument');
  if (main && pkg.has(main)) return main;
  return pkg.has('ppt/presentation.xml') ? 'ppt/presentation.xml' : undefined;
}

/** The slide parts in presentation order (`p:sldIdLst`), hidden slides included. */
export function slideParts(pkg: OpcPackage, presentationPart: string): string[] {
  const presentation = pkg.xml(presentationPart);
  const rels = pkg.rels(presentationPart);
  const list = childElement(presentation, 'sldIdLst');
  if (!list) {
    // No slide list at all (a few generators): fall back to the slide relationships in numeric order.
    return rels
      .filter((rel) => rel.part && relType(rel) === 'slide')
      .map((rel) => rel.part)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  }
  return childElements(list, 'sldId').map((sldId) => {
    const id =
      attribute(sldId, 'id', RELATIONSHIP_NS) ??
      sldId.attributes.find((attr) => attr.local === 'id' && attr.qname.includes(':'))?.value;
    const rel = rels.find((candidate) => candidate.id === id);
    if (!rel?.part)
      throw new PackageError(`The slide list names relationship ${id ?? '(none)'}, which is missing`);
    return rel.part;
  });
}

// ---------------------------------------------------------------------------------------------------
// Text

/**
 * Removes control characters and private-use characters (symbol-font glyphs such as Wingdings bullets,
 * meaningless as text) and collapses runs of white space.
 */
function cleanLine(line: string): string {
  let out = '';
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 9) out += ' ';
    else if (code >= 32 && code !== 0x7f && code !== 0xfffd && !(code >= 0xe000 && code <= 0xf8ff))
      out += char;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The text lines (non-empty) of the inline content of one paragraph; `a:br` and vertical tabs break lines. */
function paragraphLines(paragraph: XmlElement): string[] {
  const parts: string[] = [];
  const gather = (node: XmlElement): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      switch (child.local) {
        case 't':
          parts.push(ownText(child));
          break;
        case 'br':
          parts.push('\n');
          break;
        case 'AlternateContent': {
          const branch = chooseBranch(child);
          if (branch) gather(branch);
          break;
        }
        case 'pPr':
        case 'rPr':
        case 'endParaRPr':
        case 'extLst':
          break;
        default:
          gather(child);
      }
    }
  };
  gather(paragraph);
  return parts
    .join('')
    .split(/[\n\v\f\r\u2028\u2029]/)
    .map(cleanLine)
    .filter(Boolean);
}

/** The lines of a text body (`p:txBody`, `a:txBody`, `dgm:t`): one per paragraph, empty ones dropped. */
function textBodyLines(body: XmlElement | undefined): string[] {
  return childElements(body, 'p').flatMap(paragraphLines);
}

/**
 * The branch of `mc:AlternateContent` to read: the first `mc:Choice` (where PowerPoint puts the richer
 * content, e.g. equations as text), else `mc:Fallback`. Reading both would duplicate text.
 */
function chooseBranch(alternate: XmlElement): XmlElement | undefined {
  return childElement(alternate, 'Choice') ?? childElement(alternate, 'Fallback');
}

function tableLines(table: XmlElement): string[] {
  const lines: string[] = [];
  for (const row of childElements(table, 'tr')) {
    const cells = childElements(row, 'tc')
      .filter((cell) => !isTrue(attribute(cell, 'hMerge')) && !isTrue(attribute(cell, 'vMerge')))
      .map((cell) => textBodyLines(childElement(cell, 'txBody')).join(' '))
      .filter(Boolean);
    if (cells.length) lines.push(cells.join('\t'));
  }
  return lines;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** SmartArt text: the data model's content points (not presentation or connector points), in order. */
function diagramLines(pkg: OpcPackage, ownerPart: string, relIds: XmlElement): string[] {
  const id = attribute(relIds, 'dm', RELATIONSHIP_NS);
  const part = pkg.rels(ownerPart).find((rel) => rel.id === id)?.part;
  const data = pkg.optionalXml(part);
  return childElements(childElement(data, 'ptLst'), 'pt')
    .filter((point) => ['node', 'asst'].includes(attribute(point, 'type') ?? 'node'))
    .flatMap((point) => textBodyLines(childElement(point, 't')));
}

interface Placeholder {
  type: string | undefined;
  /** The `idx` attribute as written (undefined when absent, which means 0). */
  idx: string | undefined;
}

function placeholderOf(shape: XmlElement): Placeholder | undefined {
  const nonVisual = shape.children.find(
    (node): node is XmlElement => isElement(node) && node.local.startsWith('nv')
  );
  const ph = path(nonVisual, 'nvPr', 'ph');
  if (!ph) return undefined;
  return { type: attribute(ph, 'type'), idx: attribute(ph, 'idx') };
}

/** idx → placeholder type of a layout or master (`obj` where the placeholder states none; absent idx is 0). */
function placeholderTypes(part: XmlElement | undefined): Map<string, string> {
  const types = new Map<string, string>();
  const walk = (container: XmlElement | undefined): void => {
    for (const shape of childElements(container)) {
      if (shape.local === 'grpSp') walk(shape);
      const ph = placeholderOf(shape);
      const idx = ph?.idx ?? '0';
      if (ph && !types.has(idx)) types.set(idx, ph.type ?? 'obj');
    }
  };
  walk(path(part, 'cSld', 'spTree'));
  return types;
}

interface TextBlock {
  kind: 'shape' | 'table' | 'diagram';
  placeholder: string | undefined;
  lines: string[];
}

/** Resolves placeholder types through the parts a slide (layout, master) or notes slide (notes master) inherits from. */
class Inheritance {
  private readonly chain: Map<string, string>[];

  constructor(pkg: OpcPackage, parts: (string | undefined)[]) {
    this.chain = parts.map((part) => placeholderTypes(pkg.optionalXml(part)));
  }

  typeOf(ph: Placeholder): string {
    if (ph.type) return ph.type;
    if (ph.idx === undefined) return 'obj';
    for (const types of this.chain) {
      const inherited = types.get(ph.idx);
      if (inherited) return inherited;
    }
    return 'obj';
  }
}

function collectBlocks(
  pkg: OpcPackage,
  part: string,
  container: XmlElement,
  inheritance: Inheritance
): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: XmlElement): void => {
    for (const shape of childElements(node)) {
      const ph = placeholderOf(shape);
      const placeholder = ph ? inheritance.typeOf(ph) : undefined;
      switch (shape.local) {
        case 'sp':
          blocks.push({ kind: 'shape', placeholder, lines: textBodyLines(childElement(shape, 'txBody')) });
          break;
        case 'grpSp':
          walk(shape);
          break;
        case 'graphicFrame': {
          const data = path(shape, 'graphic', 'graphicData');
          const table = childElement(data, 'tbl');
          const relIds = childElement(data, 'relIds');
          if (table) blocks.push({ kind: 'table', placeholder, lines: tableLines(table) });
          else if (relIds)
            blocks.push({ kind: 'diagram', placeholder, lines: diagramLines(pkg, part, relIds) });
          break;
        }
        case 'AlternateContent': {
          const branch = chooseBranch(shape);
          if (branch) walk(branch);
          break;
        }
        default:
        // Pictures, connectors, ink, OLE objects, media: no text to read.
      }
    }
  };
  walk(container);
  return blocks;
}

/** Title, body text, notes and the hidden flag of one slide part. */
export function readSlide(pkg: OpcPackage, slidePart: string): SlideContent {
  const slide = pkg.xml(slidePart);
  const tree = path(slide, 'cSld', 'spTree');
  if (!tree) throw new PackageError(`${slidePart} has no shape tree`);
  const layout = pkg.related(slidePart, 'slideLayout');
  const master = layout ? pkg.related(layout, 'slideMaster') : undefined;
  const blocks = collectBlocks(pkg, slidePart, tree, new Inheritance(pkg, [layout, master])).filter(
    (block) => !SKIPPED_ON_SLIDES.has(block.placeholder ?? '')
  );

  const isTitle = (block: TextBlock): boolean => TITLE_TYPES.has(block.placeholder ?? '');
  let title = blocks
    .filter(isTitle)
    .flatMap((block) => block.lines)
    .join(' ');
  const body = blocks
    .filter((block) => !isTitle(block))
    .map((block) => ({ ...block, lines: [...block.lines] }));
  if (!title) {
    const first = body.find((block) => block.kind === 'shape' && block.lines.length);
    if (first) title = first.lines.shift() ?? '';
  }

  const show = attribute(slide, 'show');
  return {
    title,
    text: body.flatMap((block) => block.lines).join('\n'),
    notes: readNotes(pkg, slidePart),
    hidden: show === '0' || show === 'false'
  };
}

function readNotes(pkg: OpcPackage, slidePart: string): string {
  const notesPart = pkg.related(slidePart, 'notesSlide');
  const notes = pkg.optionalXml(notesPart);
  const tree = path(notes, 'cSld', 'spTree');
  if (!notesPart || !tree) return '';
  const inheritance = new Inheritance(pkg, [pkg.related(notesPart, 'notesMaster')]);
  return collectBlocks(pkg, notesPart, tree, inheritance)
    .filter((block) => !SKIPPED_IN_NOTES.has(block.placeholder ?? ''))
    .flatMap((block) => block.lines)
    .join('\n');
}

/** The root element's local name of the main part (`presentation`, `document`, `workbook`, ...). */
export function mainPartKind(pkg: OpcPackage, part: string): string {
  return pkg.xml(part).local;
}
