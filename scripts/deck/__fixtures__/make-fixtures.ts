/**
 * Writes the hand-built deck fixtures of this folder (see README.md for what each one reproduces and how
 * the LibreOffice ones were made). The output is deterministic; the tests check that the committed files
 * are exactly what this script writes.
 *
 *   node build/scripts/deck/__fixtures__/make-fixtures.js
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../lib/paths';
import { NS, REL_TYPE, buildEncryptedOoxml, buildLegacyPpt, buildPptx, group, pic, sp, table } from './ooxml';

/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64'
  )
);

const slideNumberField = (value: string): string =>
  `<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="en-US"/><a:t>${value}</a:t></a:fld>`;

/**
 * Google Slides-style: shapes named "Google Shape;<id>;<page>", slide files numbered in creation order
 * while `p:sldIdLst` gives another order, `ctrTitle`/`subTitle idx="1"` on the title slide, a skipped
 * (hidden) slide, a BLANK-layout slide of text boxes only, and notes with `sldImg idx="2"`,
 * `body idx="1"` and a slide-number placeholder whose idx the notes master does not define.
 */
export function googleSlidesStyle(): Uint8Array {
  const g = (id: number, page: string): string => `Google Shape;${id};${page}`;
  const sldNum = (id: number, page: string): string =>
    sp({
      id,
      name: g(id, page),
      ph: { type: 'sldNum', idx: '12' },
      paragraphs: [{ xml: slideNumberField('‹#›') }]
    });
  const notes = (page: string, text: string[], withNumber = false): string[] => [
    sp({ id: 90, name: g(90, `${page}:notes`), ph: { type: 'sldImg', idx: '2' } }),
    sp({ id: 91, name: g(91, `${page}:notes`), ph: { type: 'body', idx: '1' }, paragraphs: text }),
    ...(withNumber
      ? [
          sp({
            id: 92,
            name: g(92, `${page}:notes`),
            ph: { type: 'sldNum', idx: '12' },
            paragraphs: [{ xml: slideNumberField('2') }]
          })
        ]
      : [])
  ];
  return buildPptx({
    application: 'Google Slides-style hand-built fixture',
    layouts: [
      {
        name: 'TITLE',
        shapes: [
          sp({ id: 9, name: g(9, 'p2'), ph: { type: 'ctrTitle' } }),
          sp({ id: 10, name: g(10, 'p2'), ph: { type: 'subTitle', idx: '1' } }),
          sp({ id: 11, name: g(11, 'p2'), ph: { type: 'sldNum', idx: '12' } })
        ]
      },
      {
        name: 'TITLE_AND_BODY',
        shapes: [
          sp({ id: 13, name: g(13, 'p3'), ph: { type: 'title' } }),
          sp({ id: 14, name: g(14, 'p3'), ph: { type: 'body', idx: '1' } }),
          sp({ id: 15, name: g(15, 'p3'), ph: { type: 'sldNum', idx: '12' } })
        ]
      },
      { name: 'BLANK', shapes: [sp({ id: 50, name: g(50, 'p11'), ph: { type: 'sldNum', idx: '12' } })] }
    ],
    notesMasterShapes: [
      sp({ id: 2, name: g(2, 'n'), ph: { type: 'sldImg', idx: '2' } }),
      sp({ id: 3, name: g(3, 'n'), ph: { type: 'body', idx: '1' } })
    ],
    slides: [
      {
        layout: 1,
        shapes: [
          sp({ id: 61, name: g(61, 'p14'), ph: { type: 'title' }, paragraphs: ['Agenda'] }),
          sp({
            id: 62,
            name: g(62, 'p14'),
            ph: { type: 'body', idx: '1' },
            paragraphs: ['Why we changed', 'What it means for you', 'Timeline']
          }),
          sldNum(63, 'p14')
        ],
        notes: notes('p14', ['Spend two minutes here.'], true)
      },
      {
        layout: 2,
        shapes: [
          sp({
            id: 70,
            name: g(70, 'p15'),
            textBox: true,
            paragraphs: ['Thanks for watching!'],
            offset: [457200, 1600200]
          }),
          sp({
            id: 71,
            name: g(71, 'p15'),
            textBox: true,
            paragraphs: ['questions@example.com'],
            offset: [457200, 3200400]
          })
        ]
      },
      {
        layout: 0,
        shapes: [
          sp({ id: 54, name: g(54, 'p13'), ph: { type: 'ctrTitle' }, paragraphs: ['Onboarding 2025'] }),
          sp({
            id: 55,
            name: g(55, 'p13'),
            ph: { type: 'subTitle', idx: '1' },
            paragraphs: ['Customer Success team']
          }),
          sldNum(56, 'p13')
        ],
        notes: notes('p13', ['Introduce yourself.', 'Share the goal of the session.'])
      },
      {
        layout: 1,
        hidden: true,
        shapes: [
          sp({ id: 80, name: g(80, 'p16'), ph: { type: 'title' }, paragraphs: ['Draft ideas'] }),
          sp({ id: 81, name: g(81, 'p16'), ph: { type: 'body', idx: '1' }, paragraphs: ['Not ready'] })
        ]
      }
    ],
    order: [2, 0, 3, 1]
  });
}

/**
 * Keynote-style: a two-line `ctrTitle`, a title reached only through the layout (a typeless
 * `<p:ph idx="13"/>` whose layout placeholder is `type="title" idx="13"`), `a:fld` slide-number and date
 * fields inside body text, grouped text boxes next to a picture, and notes whose placeholders carry no
 * type (body and slide number resolved through the notes master) or are plain text boxes.
 */
export function keynoteStyle(): Uint8Array {
  return buildPptx({
    application: 'Keynote-style hand-built fixture',
    layouts: [
      {
        name: 'Title & Subtitle',
        shapes: [
          sp({ id: 2, name: 'Title 1', ph: { type: 'ctrTitle' } }),
          sp({ id: 3, name: 'Body Level One…', ph: { type: 'subTitle', sz: 'quarter', idx: '1' } })
        ]
      },
      {
        name: 'Title & Bullets',
        shapes: [
          sp({ id: 2, name: 'Title Text', ph: { type: 'title', idx: '13' } }),
          sp({ id: 3, name: 'Body Level One…', ph: { type: 'body', sz: 'quarter', idx: '14' } }),
          sp({ id: 4, name: 'Slide Number', ph: { type: 'sldNum', sz: 'quarter', idx: '2' } })
        ]
      }
    ],
    notesMasterShapes: [
      sp({ id: 2, name: 'Shape 1', ph: { type: 'sldImg' } }),
      sp({ id: 3, name: 'Shape 2', ph: { type: 'body', sz: 'quarter', idx: '1' } }),
      sp({ id: 4, name: 'Shape 3', ph: { type: 'sldNum', sz: 'quarter', idx: '3' } })
    ],
    slides: [
      {
        layout: 0,
        shapes: [
          sp({
            id: 10,
            name: 'Keynote Deck',
            ph: { type: 'ctrTitle' },
            paragraphs: [{ xml: '<a:r><a:t>Keynote</a:t></a:r><a:br/><a:r><a:t>Deck</a:t></a:r>' }]
          }),
          sp({
            id: 11,
            name: 'By the Product Team',
            ph: { type: 'subTitle', sz: 'quarter', idx: '1' },
            paragraphs: ['By the Product Team']
          })
        ],
        notes: [
          sp({ id: 2, name: 'Shape 1', ph: { type: 'sldImg' } }),
          sp({ id: 3, name: 'Shape 2', ph: { idx: '1' }, paragraphs: ['Start with the story.'] }),
          sp({ id: 4, name: 'Shape 3', ph: { idx: '3' }, paragraphs: [{ xml: slideNumberField('1') }] })
        ]
      },
      {
        layout: 1,
        shapes: [
          sp({ id: 20, name: 'Roadmap', ph: { idx: '13' }, paragraphs: ['Roadmap'] }),
          sp({
            id: 21,
            name: 'Body',
            ph: { type: 'body', sz: 'quarter', idx: '14' },
            paragraphs: [
              { xml: `<a:r><a:t>Slide </a:t></a:r>${slideNumberField('2')}<a:r><a:t> of 3</a:t></a:r>` },
              {
                xml: '<a:r><a:t>Updated </a:t></a:r><a:fld id="{5C7C1B8B-3E4C-4F0A-9C3B-1D2B0C9E7A11}" type="datetime1"><a:rPr lang="en-US"/><a:t>1/15/2025</a:t></a:fld>'
              }
            ]
          }),
          sp({
            id: 22,
            name: 'Slide Number',
            ph: { type: 'sldNum', sz: 'quarter', idx: '2' },
            paragraphs: [{ xml: slideNumberField('2') }]
          })
        ],
        notes: [
          sp({ id: 2, name: 'Shape 1', ph: { type: 'sldImg' } }),
          sp({ id: 5, name: 'Notes text', textBox: true, paragraphs: ['Mention the beta.'] })
        ]
      },
      {
        layout: 1,
        rels: [{ id: 'rId2', type: REL_TYPE.image, target: '../media/image1.png' }],
        shapes: [
          sp({ id: 30, name: 'Title', ph: { type: 'title', idx: '13' }, paragraphs: ['Team'] }),
          group(31, 'Group', [
            sp({ id: 32, name: 'Ana', textBox: true, paragraphs: ['Ana — Design'] }),
            sp({ id: 33, name: 'Ben', textBox: true, paragraphs: ['Ben — Engineering'] })
          ]),
          pic(34, 'Team photo', 'rId2')
        ]
      }
    ],
    extraParts: { 'ppt/media/image1.png': PNG }
  });
}

/** SmartArt data model: a document point, three content points, connectors and presentation points. */
function smartArtData(): string {
  const point = (id: string, text: string, type?: string): string =>
    `<dgm:pt modelId="${id}"${type ? ` type="${type}"` : ''}><dgm:prSet/><dgm:spPr/>` +
    `<dgm:t><a:bodyPr/><a:lstStyle/><a:p>${text ? `<a:r><a:rPr lang="en-US"/><a:t>${text}</a:t></a:r>` : '<a:endParaRPr lang="en-US"/>'}</a:p></dgm:t></dgm:pt>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<dgm:dataModel xmlns:dgm="${NS.dgm}" xmlns:a="${NS.a}"><dgm:ptLst>` +
    point('{00000000-0000-0000-0000-000000000000}', '', 'doc') +
    point('{11111111-0000-0000-0000-000000000001}', 'Discover') +
    point('{11111111-0000-0000-0000-000000000002}', 'Build') +
    point('{11111111-0000-0000-0000-000000000003}', 'Launch') +
    point('{22222222-0000-0000-0000-000000000001}', '', 'parTrans') +
    point('{22222222-0000-0000-0000-000000000002}', '', 'sibTrans') +
    '<dgm:pt modelId="{33333333-0000-0000-0000-000000000001}" type="pres"><dgm:prSet presName="diagram"/><dgm:spPr/></dgm:pt>' +
    '</dgm:ptLst><dgm:cxnLst/><dgm:bg/><dgm:whole/></dgm:dataModel>'
  );
}

/**
 * PowerPoint-style: a title with a line break, a typeless content placeholder, footer/date placeholders and
 * an "orphan" slide-number placeholder (`idx="4294967295"`), entity and character references (incl. an
 * astral-plane emoji), runs of spaces, an equation inside `mc:AlternateContent` (Choice: text,
 * Fallback: picture), a SmartArt diagram, a table with merged cells, a hidden slide, a picture-only slide,
 * and notes with slide image, body and slide-number placeholders.
 */
export function powerPointStyle(): Uint8Array {
  const math =
    `<mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice xmlns:a14="${NS.a14}" Requires="a14">` +
    sp({
      id: 7,
      name: 'TextBox 6',
      textBox: true,
      paragraphs: [
        {
          xml:
            `<a14:m><m:oMathPara xmlns:m="${NS.m}"><m:oMath><m:r><m:t>E=m</m:t></m:r><m:sSup><m:e><m:r><m:t>c</m:t></m:r></m:e>` +
            '<m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:oMath></m:oMathPara></a14:m>'
        }
      ]
    }) +
    '</mc:Choice><mc:Fallback>' +
    pic(7, 'TextBox 6', 'rId4') +
    '</mc:Fallback></mc:AlternateContent>';
  const smartArt =
    '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Diagram 3"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>' +
    '<p:xfrm><a:off x="914400" y="1371600"/><a:ext cx="6096000" cy="2032000"/></p:xfrm>' +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="${NS.dgm}" r:dm="rId2" r:lo="rId5" r:qs="rId6" r:cs="rId7"/></a:graphicData></a:graphic></p:graphicFrame>`;
  return buildPptx({
    application: 'PowerPoint-style hand-built fixture',
    layouts: [
      {
        name: 'Title and Content',
        shapes: [
          sp({ id: 2, name: 'Title 1', ph: { type: 'title' } }),
          sp({ id: 3, name: 'Content Placeholder 2', ph: { idx: '1' } }),
          sp({ id: 4, name: 'Date Placeholder 3', ph: { type: 'dt', sz: 'half', idx: '10' } }),
          sp({ id: 5, name: 'Footer Placeholder 4', ph: { type: 'ftr', sz: 'quarter', idx: '11' } }),
          sp({ id: 6, name: 'Slide Number Placeholder 5', ph: { type: 'sldNum', sz: 'quarter', idx: '12' } })
        ]
      },
      {
        name: 'Title Only',
        shapes: [
          sp({ id: 2, name: 'Title 1', ph: { type: 'title' } }),
          sp({ id: 3, name: 'Slide Number Placeholder 2', ph: { type: 'sldNum', sz: 'quarter', idx: '12' } })
        ]
      },
      { name: 'Blank', shapes: [] }
    ],
    slides: [
      {
        layout: 0,
        shapes: [
          sp({
            id: 2,
            name: 'Title 1',
            ph: { type: 'title' },
            paragraphs: [
              {
                xml: '<a:r><a:t>Quarterly</a:t></a:r><a:br><a:rPr lang="en-US"/></a:br><a:r><a:t>business review</a:t></a:r>'
              }
            ]
          }),
          sp({
            id: 3,
            name: 'Content Placeholder 2',
            ph: { idx: '1' },
            paragraphs: [
              { xml: '<a:r><a:t>R&amp;D &lt;draft&gt; &#8364;5 &#x1F680; &quot;go&quot;</a:t></a:r>' },
              { xml: '<a:r><a:t xml:space="preserve">  spaced   out  </a:t></a:r>' },
              { xml: '<a:pPr lvl="1"/><a:r><a:t>Second level</a:t></a:r>' }
            ]
          }),
          sp({
            id: 4,
            name: 'Date Placeholder 3',
            ph: { type: 'dt', sz: 'half', idx: '10' },
            paragraphs: ['1/1/2025']
          }),
          sp({
            id: 5,
            name: 'Footer Placeholder 4',
            ph: { type: 'ftr', sz: 'quarter', idx: '11' },
            paragraphs: ['Confidential']
          }),
          sp({
            id: 6,
            name: 'Slide Number Placeholder 5',
            ph: { type: 'sldNum', sz: 'quarter', idx: '4294967295' },
            paragraphs: [{ xml: slideNumberField('1') }]
          })
        ],
        notes: [
          sp({ id: 2, name: 'Slide Image Placeholder 1', ph: { type: 'sldImg' } }),
          sp({
            id: 3,
            name: 'Notes Placeholder 2',
            ph: { type: 'body', idx: '1' },
            paragraphs: ['First line of notes', 'Second & last line']
          }),
          sp({
            id: 4,
            name: 'Slide Number Placeholder 3',
            ph: { type: 'sldNum', sz: 'quarter', idx: '5' },
            paragraphs: [{ xml: slideNumberField('1') }]
          })
        ]
      },
      {
        layout: 1,
        extraNs: `xmlns:mc="${NS.mc}"`,
        rels: [
          { id: 'rId2', type: REL_TYPE.diagramData, target: '../diagrams/data1.xml' },
          { id: 'rId4', type: REL_TYPE.image, target: '../media/image1.png' }
        ],
        shapes: [
          sp({ id: 2, name: 'Title 1', ph: { type: 'title' }, paragraphs: ['Plan'] }),
          smartArt,
          math,
          table(5, 'Table 4', [
            [{ text: 'Region', gridSpan: 2 }, { text: '', hMerge: true }, 'Total'],
            [{ text: 'EMEA', rowSpan: 2 }, 'Q1', '10'],
            [{ text: '', vMerge: true }, 'Q2', '12']
          ])
        ]
      },
      {
        layout: 0,
        hidden: true,
        shapes: [
          sp({ id: 2, name: 'Title 1', ph: { type: 'title' }, paragraphs: ['Appendix'] }),
          sp({ id: 3, name: 'Content Placeholder 2', ph: { idx: '1' }, paragraphs: ['Backup numbers'] })
        ]
      },
      {
        layout: 2,
        rels: [{ id: 'rId2', type: REL_TYPE.image, target: '../media/image1.png' }],
        shapes: [pic(2, 'Picture 1', 'rId2')]
      }
    ],
    extraParts: { 'ppt/diagrams/data1.xml': smartArtData(), 'ppt/media/image1.png': PNG }
  });
}

/** The hand-built fixtures by file name. */
export const HAND_BUILT: Record<string, () => Uint8Array> = {
  'google-slides-style.pptx': googleSlidesStyle,
  'keynote-style.pptx': keynoteStyle,
  'powerpoint-style.pptx': powerPointStyle,
  'password-protected-style.pptx': buildEncryptedOoxml,
  'legacy-style.ppt': buildLegacyPpt
};

export const FIXTURES_DIR = path.join(repoRoot, 'scripts', 'deck', '__fixtures__');

if (require.main === module) {
  for (const [name, build] of Object.entries(HAND_BUILT)) {
    fs.writeFileSync(path.join(FIXTURES_DIR, name), build());
    console.log(`wrote scripts/deck/__fixtures__/${name}`);
  }
}
