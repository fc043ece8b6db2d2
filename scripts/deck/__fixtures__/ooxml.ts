/**
 * Small builders for hand-made PresentationML packages and compound files, used by the fixture generator
 * (make-fixtures.ts) and by the deck reader's tests. They write the structure a producer writes — content
 * types, package and part relationships, master → layout → slide, notes master → notes slide — so the
 * reader is exercised through the same paths as a real file. Packages are zipped with a fixed timestamp,
 * so the same input always gives the same bytes.
 */
import { strToU8, zipSync } from 'fflate';

export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  a14: 'http://schemas.microsoft.com/office/drawing/2010/main',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
  dgm: 'http://schemas.openxmlformats.org/drawingml/2006/diagram'
};

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = {
  officeDocument: `${REL}/officeDocument`,
  slide: `${REL}/slide`,
  slideLayout: `${REL}/slideLayout`,
  slideMaster: `${REL}/slideMaster`,
  notesSlide: `${REL}/notesSlide`,
  notesMaster: `${REL}/notesMaster`,
  diagramData: `${REL}/diagramData`,
  image: `${REL}/image`
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ROOT_NS = `xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:p="${NS.p}"`;

/** Escapes text for XML character data and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface Placeholder {
  type?: string;
  idx?: string;
  sz?: string;
}

/** A paragraph: plain text (escaped, one run) or raw DrawingML inline XML (`<a:r>…`, `<a:br/>`, `<a:fld>`). */
export type Paragraph = string | { xml: string };

function paragraphXml(paragraph: Paragraph): string {
  const inline =
    typeof paragraph === 'string'
      ? `<a:r><a:rPr lang="en-US" dirty="0"/><a:t>${esc(paragraph)}</a:t></a:r>`
      : paragraph.xml;
  return `<a:p>${inline}<a:endParaRPr lang="en-US" dirty="0"/></a:p>`;
}

export interface ShapeOptions {
  id: number;
  name: string;
  ph?: Placeholder;
  paragraphs?: Paragraph[];
  textBox?: boolean;
  /** Omit the position (a placeholder inheriting it from the layout). Default: placeholders omit it. */
  offset?: [number, number];
}

function phXml(ph: Placeholder | undefined): string {
  if (!ph) return '<p:nvPr/>';
  const attrs = [
    ph.type && `type="${ph.type}"`,
    ph.sz && `sz="${ph.sz}"`,
    ph.idx && `idx="${ph.idx}"`
  ].filter(Boolean);
  return `<p:nvPr><p:ph${attrs.length ? ' ' + attrs.join(' ') : ''}/></p:nvPr>`;
}

/** A `p:sp` with an optional placeholder and text body. */
export function sp(options: ShapeOptions): string {
  const { id, name, ph, paragraphs = [], textBox } = options;
  const locks = ph
    ? '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
    : `<p:cNvSpPr${textBox ? ' txBox="1"' : ''}/>`;
  const offset = options.offset ?? (ph ? undefined : [914400, 914400]);
  const spPr = offset
    ? `<p:spPr><a:xfrm><a:off x="${offset[0]}" y="${offset[1]}"/><a:ext cx="7315200" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>`
    : '<p:spPr/>';
  const body = paragraphs.length
    ? paragraphs.map(paragraphXml).join('')
    : '<a:p><a:endParaRPr lang="en-US"/></a:p>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${esc(name)}"/>${locks}${phXml(ph)}</p:nvSpPr>${spPr}` +
    `<p:txBody><a:bodyPr/><a:lstStyle/>${body}</p:txBody></p:sp>`
  );
}

/** A `p:grpSp` around shapes. */
export function group(id: number, name: string, shapes: string[]): string {
  return (
    `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="${esc(name)}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    `${shapes.join('')}</p:grpSp>`
  );
}

/** A picture (no text). */
export function pic(id: number, name: string, embed: string): string {
  return (
    `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="${esc(name)}" descr="A chart"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr>` +
    `<p:blipFill><a:blip r:embed="${embed}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    '<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>'
  );
}

export interface TableCell {
  text: string;
  gridSpan?: number;
  rowSpan?: number;
  hMerge?: boolean;
  vMerge?: boolean;
}

/** A `p:graphicFrame` holding an `a:tbl`. */
export function table(id: number, name: string, rows: (TableCell | string)[][]): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const grid = Array.from({ length: columns }, () => '<a:gridCol w="1828800"/>').join('');
  const rowXml = rows
    .map((row) => {
      const cells = row.map((raw) => {
        const cell = typeof raw === 'string' ? { text: raw } : raw;
        const attrs = [
          cell.gridSpan && `gridSpan="${cell.gridSpan}"`,
          cell.rowSpan && `rowSpan="${cell.rowSpan}"`,
          cell.hMerge && 'hMerge="1"',
          cell.vMerge && 'vMerge="1"'
        ].filter(Boolean);
        const text = cell.text ? `<a:r><a:rPr lang="en-US"/><a:t>${esc(cell.text)}</a:t></a:r>` : '';
        return `<a:tc${attrs.length ? ' ' + attrs.join(' ') : ''}><a:txBody><a:bodyPr/><a:lstStyle/><a:p>${text}</a:p></a:txBody><a:tcPr/></a:tc>`;
      });
      return `<a:tr h="370840">${cells.join('')}</a:tr>`;
    })
    .join('');
  return (
    `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="${esc(name)}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>` +
    '<p:xfrm><a:off x="914400" y="1828800"/><a:ext cx="5486400" cy="1112520"/></p:xfrm>' +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>${grid}</a:tblGrid>${rowXml}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`
  );
}

function spTree(shapes: string[]): string {
  return (
    '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    `${shapes.join('')}</p:spTree></p:cSld>`
  );
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

export function relsXml(rels: Relationship[]): string {
  const items = rels
    .map(
      (rel) =>
        `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${esc(rel.target)}"${rel.external ? ' TargetMode="External"' : ''}/>`
    )
    .join('');
  return `${XML_DECLARATION}<Relationships xmlns="${NS.rels}">${items}</Relationships>`;
}

export interface SlideSpec {
  /** Part file name under ppt/slides/ (default slide<n>.xml in list order). */
  file?: string;
  /** Index into `layouts` (default 0). */
  layout?: number;
  shapes: string[];
  hidden?: boolean;
  /** Extra namespace declarations on the root, e.g. `xmlns:mc="…"`. */
  extraNs?: string;
  /** Notes slide shapes (none: no notes part). */
  notes?: string[];
  /** Extra relationships of the slide part (images, diagrams). */
  rels?: Relationship[];
}

export interface LayoutSpec {
  name: string;
  shapes: string[];
}

export interface DeckSpec {
  slides: SlideSpec[];
  /** Order of the slides in `p:sldIdLst`, as indexes into `slides` (default: list order). */
  order?: number[];
  layouts?: LayoutSpec[];
  masterShapes?: string[];
  notesMasterShapes?: string[];
  /** Additional parts (path → content), e.g. diagram data or media. */
  extraParts?: Record<string, string | Uint8Array>;
  /** Application name for docProps/app.xml. */
  application?: string;
}

const DEFAULT_MASTER = [
  sp({ id: 2, name: 'Title Placeholder 1', ph: { type: 'title' } }),
  sp({ id: 3, name: 'Text Placeholder 2', ph: { type: 'body', idx: '1' } }),
  sp({ id: 4, name: 'Date Placeholder 3', ph: { type: 'dt', sz: 'half', idx: '2' } }),
  sp({ id: 5, name: 'Footer Placeholder 4', ph: { type: 'ftr', sz: 'quarter', idx: '3' } }),
  sp({ id: 6, name: 'Slide Number Placeholder 5', ph: { type: 'sldNum', sz: 'quarter', idx: '4' } })
];

const DEFAULT_LAYOUTS: LayoutSpec[] = [
  {
    name: 'Title and Content',
    shapes: [
      sp({ id: 2, name: 'Title 1', ph: { type: 'title' } }),
      sp({ id: 3, name: 'Content Placeholder 2', ph: { idx: '1' } }),
      sp({ id: 4, name: 'Slide Number Placeholder 3', ph: { type: 'sldNum', sz: 'quarter', idx: '12' } })
    ]
  }
];

const DEFAULT_NOTES_MASTER = [
  sp({ id: 2, name: 'Header Placeholder 1', ph: { type: 'hdr', sz: 'quarter' } }),
  sp({ id: 3, name: 'Date Placeholder 2', ph: { type: 'dt', idx: '1' } }),
  sp({ id: 4, name: 'Slide Image Placeholder 3', ph: { type: 'sldImg', idx: '2' } }),
  sp({ id: 5, name: 'Notes Placeholder 4', ph: { type: 'body', sz: 'quarter', idx: '3' } }),
  sp({ id: 6, name: 'Footer Placeholder 5', ph: { type: 'ftr', sz: 'quarter', idx: '4' } }),
  sp({ id: 7, name: 'Slide Number Placeholder 6', ph: { type: 'sldNum', sz: 'quarter', idx: '5' } })
];

/** The parts (path → XML text or bytes) of a presentation package. */
export function presentationParts(deck: DeckSpec): Record<string, string | Uint8Array> {
  const layouts = deck.layouts ?? DEFAULT_LAYOUTS;
  const parts: Record<string, string | Uint8Array> = {};
  const overrides: [string, string][] = [];
  const ct = 'application/vnd.openxmlformats-officedocument.presentationml';

  const slideFiles = deck.slides.map((slide, i) => slide.file ?? `slide${i + 1}.xml`);
  const hasNotes = deck.slides.some((slide) => slide.notes);

  parts['_rels/.rels'] = relsXml([
    { id: 'rId1', type: REL_TYPE.officeDocument, target: 'ppt/presentation.xml' }
  ]);
  parts['docProps/app.xml'] =
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>${esc(deck.application ?? 'Hand-built fixture')}</Application><Slides>${deck.slides.length}</Slides></Properties>`;

  const presRels: Relationship[] = [
    { id: 'rId1', type: REL_TYPE.slideMaster, target: 'slideMasters/slideMaster1.xml' }
  ];
  if (hasNotes)
    presRels.push({ id: 'rId2', type: REL_TYPE.notesMaster, target: 'notesMasters/notesMaster1.xml' });
  // Relationship ids deliberately start high and follow file order, not presentation order.
  slideFiles.forEach((file, i) =>
    presRels.push({ id: `rId${i + 10}`, type: REL_TYPE.slide, target: `slides/${file}` })
  );
  const order = deck.order ?? deck.slides.map((_, i) => i);
  const sldIds = order.map((i, n) => `<p:sldId id="${256 + n}" r:id="rId${i + 10}"/>`).join('');
  parts['ppt/presentation.xml'] =
    `${XML_DECLARATION}<p:presentation ${ROOT_NS} saveSubsetFonts="1">` +
    '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>' +
    (hasNotes ? '<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>' : '') +
    `<p:sldIdLst>${sldIds}</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`;
  parts['ppt/_rels/presentation.xml.rels'] = relsXml(presRels);
  overrides.push(['/ppt/presentation.xml', `${ct}.presentation.main+xml`]);

  const layoutIds = layouts
    .map((_, i) => `<p:sldLayoutId id="${2147483649 + i}" r:id="rId${i + 1}"/>`)
    .join('');
  parts['ppt/slideMasters/slideMaster1.xml'] =
    `${XML_DECLARATION}<p:sldMaster ${ROOT_NS}>${spTree(deck.masterShapes ?? DEFAULT_MASTER)}` +
    '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
    `<p:sldLayoutIdLst>${layoutIds}</p:sldLayoutIdLst></p:sldMaster>`;
  parts['ppt/slideMasters/_rels/slideMaster1.xml.rels'] = relsXml(
    layouts.map((_, i) => ({
      id: `rId${i + 1}`,
      type: REL_TYPE.slideLayout,
      target: `../slideLayouts/slideLayout${i + 1}.xml`
    }))
  );
  overrides.push(['/ppt/slideMasters/slideMaster1.xml', `${ct}.slideMaster+xml`]);
  layouts.forEach((layout, i) => {
    parts[`ppt/slideLayouts/slideLayout${i + 1}.xml`] =
      `${XML_DECLARATION}<p:sldLayout ${ROOT_NS} preserve="1"><p:cSld name="${esc(layout.name)}">` +
      `${spTree(layout.shapes).slice('<p:cSld>'.length)}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`;
    parts[`ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`] = relsXml([
      { id: 'rId1', type: REL_TYPE.slideMaster, target: '../slideMasters/slideMaster1.xml' }
    ]);
    overrides.push([`/ppt/slideLayouts/slideLayout${i + 1}.xml`, `${ct}.slideLayout+xml`]);
  });

  if (hasNotes) {
    parts['ppt/notesMasters/notesMaster1.xml'] =
      `${XML_DECLARATION}<p:notesMaster ${ROOT_NS}>${spTree(deck.notesMasterShapes ?? DEFAULT_NOTES_MASTER)}` +
      '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/></p:notesMaster>';
    overrides.push(['/ppt/notesMasters/notesMaster1.xml', `${ct}.notesMaster+xml`]);
  }

  let notesCount = 0;
  deck.slides.forEach((slide, i) => {
    const file = slideFiles[i];
    const rels: Relationship[] = [
      {
        id: 'rId1',
        type: REL_TYPE.slideLayout,
        target: `../slideLayouts/slideLayout${(slide.layout ?? 0) + 1}.xml`
      },
      ...(slide.rels ?? [])
    ];
    if (slide.notes) {
      notesCount++;
      const notesFile = `notesSlide${notesCount}.xml`;
      rels.push({ id: 'rId90', type: REL_TYPE.notesSlide, target: `../notesSlides/${notesFile}` });
      parts[`ppt/notesSlides/${notesFile}`] =
        `${XML_DECLARATION}<p:notes ${ROOT_NS}>${spTree(slide.notes)}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`;
      parts[`ppt/notesSlides/_rels/${notesFile}.rels`] = relsXml([
        { id: 'rId1', type: REL_TYPE.notesMaster, target: '../notesMasters/notesMaster1.xml' },
        { id: 'rId2', type: REL_TYPE.slide, target: `../slides/${file}` }
      ]);
      overrides.push([`/ppt/notesSlides/${notesFile}`, `${ct}.notesSlide+xml`]);
    }
    parts[`ppt/slides/${file}`] =
      `${XML_DECLARATION}<p:sld ${ROOT_NS}${slide.extraNs ? ' ' + slide.extraNs : ''}${slide.hidden ? ' show="0"' : ''}>` +
      `${spTree(slide.shapes)}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
    parts[`ppt/slides/_rels/${file}.rels`] = relsXml(rels);
    overrides.push([`/ppt/slides/${file}`, `${ct}.slide+xml`]);
  });

  Object.assign(parts, deck.extraParts ?? {});
  parts['[Content_Types].xml'] =
    `${XML_DECLARATION}<Types xmlns="${NS.ct}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>';
  return parts;
}

/** Zips parts deterministically (fixed timestamp, `[Content_Types].xml` first as producers do). */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const names = Object.keys(parts).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0
  );
  const files: Record<string, Uint8Array> = {};
  for (const name of names) {
    const content = parts[name];
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}

export function buildPptx(deck: DeckSpec): Uint8Array {
  return zipParts(presentationParts(deck));
}

// --- Compound File Binary (MS-CFB v3) ----------------------------------------------------------------

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/**
 * Writes a version-3 compound file holding the given streams in the root storage (each padded to at least
 * 4096 bytes so it lives in regular sectors, as the format requires of streams that size).
 */
export function buildCompoundFile(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  const padded = streams.map((stream) => {
    const size = Math.max(stream.data.length, 4096);
    const data = new Uint8Array(Math.ceil(size / SECTOR) * SECTOR);
    data.set(stream.data);
    return { name: stream.name, data, size };
  });
  const dataSectors = padded.reduce((sum, stream) => sum + stream.data.length / SECTOR, 0);
  const entries = 1 + padded.length;
  const dirSectors = Math.ceil(entries / 4);
  const fatSectors = Math.ceil((1 + dirSectors + dataSectors + 1) / 128) || 1;
  if (fatSectors > 109) throw new Error('Too large for this minimal writer');
  const total = fatSectors + dirSectors + dataSectors;
  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);

  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 0x0003, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, fatSectors, true);
  view.setUint32(0x30, fatSectors, true); // first directory sector
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, ENDOFCHAIN, true);
  view.setUint32(0x44, ENDOFCHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i < fatSectors ? i : FREESECT, true);

  // FAT.
  const fat = new Array<number>(fatSectors * 128).fill(FREESECT);
  for (let i = 0; i < fatSectors; i++) fat[i] = FATSECT;
  const chain = (start: number, count: number): void => {
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? ENDOFCHAIN : start + i + 1;
  };
  chain(fatSectors, dirSectors);
  let next = fatSectors + dirSectors;
  const starts = padded.map((stream) => {
    const start = next;
    chain(start, stream.data.length / SECTOR);
    next += stream.data.length / SECTOR;
    return start;
  });
  fat.forEach((value, i) => view.setUint32(SECTOR + i * 4, value, true));

  // Directory: root, then the streams as a right-leaning chain of siblings in CFB name order.
  const dirBase = SECTOR * (1 + fatSectors);
  const order = padded
    .map((stream, i) => ({ stream, i }))
    .sort(
      (a, b) =>
        a.stream.name.length - b.stream.name.length ||
        a.stream.name.toUpperCase().localeCompare(b.stream.name.toUpperCase())
    );
  const writeEntry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number
  ): void => {
    const base = dirBase + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(base + i * 2, name.charCodeAt(i), true);
    view.setUint16(base + 0x40, (name.length + 1) * 2, true);
    out[base + 0x42] = type;
    out[base + 0x43] = 1; // black
    view.setUint32(base + 0x44, NOSTREAM, true);
    view.setUint32(base + 0x48, right, true);
    view.setUint32(base + 0x4c, child, true);
    view.setUint32(base + 0x74, start, true);
    view.setUint32(base + 0x78, size, true);
  };
  writeEntry(0, 'Root Entry', 5, order.length ? order[0].i + 1 : NOSTREAM, NOSTREAM, ENDOFCHAIN, 0);
  order.forEach(({ stream, i }, n) => {
    const right = n + 1 < order.length ? order[n + 1].i + 1 : NOSTREAM;
    writeEntry(i + 1, stream.name, 2, NOSTREAM, right, starts[i], stream.size);
  });
  for (let index = entries; index < dirSectors * 4; index++) {
    const base = dirBase + index * 128;
    view.setUint32(base + 0x44, NOSTREAM, true);
    view.setUint32(base + 0x48, NOSTREAM, true);
    view.setUint32(base + 0x4c, NOSTREAM, true);
  }

  let offset = SECTOR * (1 + fatSectors + dirSectors);
  for (const stream of padded) {
    out.set(stream.data, offset);
    offset += stream.data.length;
  }
  return out;
}

/**
 * The container PowerPoint writes for File › Info › Protect › Encrypt with Password (MS-OFFCRYPTO agile
 * encryption): `EncryptionInfo` (version 4.4 + XML descriptor) and `EncryptedPackage` (size + ciphertext).
 * The "ciphertext" here is deterministic filler, not the output of a cipher.
 */
export function buildEncryptedOoxml(): Uint8Array {
  const descriptor =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" ' +
    'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" ' +
    'saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" ' +
    'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></keyEncryptor></keyEncryptors></encryption>';
  const info = new Uint8Array(8 + descriptor.length);
  const infoView = new DataView(info.buffer);
  infoView.setUint16(0, 4, true);
  infoView.setUint16(2, 4, true);
  infoView.setUint32(4, 0x40, true);
  info.set(strToU8(descriptor), 8);
  const packageSize = 5000;
  const encrypted = new Uint8Array(8 + packageSize);
  new DataView(encrypted.buffer).setUint32(0, packageSize, true);
  for (let i = 8; i < encrypted.length; i++) encrypted[i] = (i * 131 + 7) & 0xff;
  return buildCompoundFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: encrypted }
  ]);
}

/** A compound file with the streams of a PowerPoint 97–2003 file (contents are filler). */
export function buildLegacyPpt(): Uint8Array {
  return buildCompoundFile([
    { name: 'Current User', data: new Uint8Array(64) },
    { name: 'PowerPoint Document', data: new Uint8Array(8192).fill(0x20) }
  ]);
}
