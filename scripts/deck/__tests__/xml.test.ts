import './lwcSource';
import {
  XmlError,
  attribute,
  childElement,
  childElements,
  decodeEntities,
  descendants,
  ownText,
  parseXml
} from '../../../force-app/main/courses/lwc/deckReader/xml';
import { pageText } from '../../../force-app/main/courses/lwc/deckReader/pdfText';

describe('parseXml', () => {
  it('builds a tree with resolved namespaces and attributes', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- comment -->' +
        '<p:sld xmlns:p="urn:p" xmlns:r="urn:r" xmlns="urn:default" show="0">' +
        '<p:sldId id="256" r:id="rId2"/><plain>text</plain></p:sld>'
    );
    expect(root).toMatchObject({ qname: 'p:sld', local: 'sld', ns: 'urn:p' });
    const sldId = childElement(root, 'sldId');
    expect(attribute(sldId, 'id')).toBe('256');
    expect(attribute(sldId, 'id', ['urn:r'])).toBe('rId2');
    expect(attribute(root, 'show')).toBe('0');
    expect(childElement(root, 'plain')).toMatchObject({ ns: 'urn:default' });
    expect(ownText(childElement(root, 'plain'))).toBe('text');
  });

  it('decodes the predefined entities and character references, and keeps CDATA literally', () => {
    const root = parseXml(
      '<t a="&quot;x&quot; &amp; y">&lt;b&gt; &amp; &apos;c&apos; &#8364; &#x1F680; <![CDATA[<raw> &amp;]]></t>'
    );
    expect(attribute(root, 'a')).toBe('"x" & y');
    expect(ownText(root)).toBe("<b> & 'c' € 🚀 <raw> &amp;");
  });

  it('keeps unknown entities and invalid character references as written', () => {
    expect(decodeEntities('&nbsp; &#0; &#xD800; &#1114112; &amp;')).toBe('&nbsp; &#0; &#xD800; &#1114112; &');
  });

  it('skips a DOCTYPE without expanding its entities', () => {
    const root = parseXml(
      '<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><root>&lol2;</root>'
    );
    expect(ownText(root)).toBe('&lol2;');
  });

  it('keeps whitespace-only text inside elements', () => {
    const root = parseXml('<r><t> </t><t>a  b</t></r>');
    expect(childElements(root, 't').map(ownText)).toEqual([' ', 'a  b']);
  });

  it('finds descendants in document order', () => {
    const root = parseXml('<a><t>1</t><b><t>2</t></b><t>3</t></a>');
    expect(descendants(root, 't').map(ownText)).toEqual(['1', '2', '3']);
  });

  it.each([
    ['<a><b></a>', /does not match/],
    ['<a>', /not closed/],
    ['<a/><b/>', /More than one root/],
    ['text<a/>', /Text outside/],
    ['<a b=c/>', /Unquoted attribute/],
    ['<a b="1/>', /Unterminated attribute|Unterminated start tag/],
    ['<a><!-- x</a>', /Unterminated comment/],
    ['', /No root element/]
  ])('rejects malformed input %p', (source, message) => {
    expect(() => parseXml(source)).toThrow(XmlError);
    expect(() => parseXml(source)).toThrow(message);
  });
});

describe('pageText', () => {
  const item = (
    str: string,
    x: number,
    y: number,
    size: number,
    width = str.length * size * 0.5,
    dir = 'ltr'
  ) => ({
    str,
    transform: [size, 0, 0, size, x, y],
    width,
    height: size,
    dir
  });

  it('drops symbol-font bullets drawn on their own baseline and bare page numbers', () => {
    const items = [
      item('Agenda', 60, 400, 18),
      item('\uF095', 60, 318, 8, 3),
      item('Results', 80, 313, 18),
      item('\uF095', 60, 297, 8, 3),
      item('Risks', 80, 293, 18),
      item('7', 900, 20, 10)
    ];
    expect(pageText(items, 7)).toEqual({ title: 'Agenda', text: 'Results\nRisks' });
  });

  it('joins runs on a baseline left to right, with spaces only at gaps', () => {
    const items = [
      item('World', 200, 300, 20, 50),
      item('Hel', 100, 300, 20, 30),
      item('lo', 130, 300, 20, 20)
    ];
    expect(pageText(items, 1).title).toBe('Hello World');
  });

  it('orders a right-to-left line from right to left', () => {
    const items = [item('שלום', 300, 300, 20, 40, 'rtl'), item('עולם', 200, 300, 20, 40, 'rtl')];
    expect(pageText(items, 1).title).toBe('שלום עולם');
  });

  it('prefers a line with letters for the title', () => {
    const items = [item('2025', 40, 500, 48), item('Roadmap', 40, 400, 48), item('Details', 40, 300, 12)];
    expect(pageText(items, 1)).toEqual({ title: 'Roadmap', text: '2025\nDetails' });
  });
});
