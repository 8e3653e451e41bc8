// The PDF/A claim reader on real-shaped XMP and on hostile input: packets that try to smuggle a
// claim through comments, CDATA, foreign or out-of-scope prefixes, DTDs and contradictions.
import { expect } from '@open-wc/testing';
import { MAX_XMP_LENGTH, PDFA_ID_NAMESPACE, readPdfaClaim } from '../../src/pdf/pdfa-claim.js';

const NS = PDFA_ID_NAMESPACE;
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
/** An XMP packet around `descriptions` (rdf:Description elements). */
const packet = (descriptions: string) =>
  `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">\n<rdf:RDF xmlns:rdf="${RDF}">\n${descriptions}\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>`;
const attributes = (attrs: string, ns = `xmlns:pdfaid="${NS}"`) => packet(`<rdf:Description rdf:about="" ${ns} ${attrs}/>`);
const elements = (children: string, ns = `xmlns:pdfaid="${NS}"`) => packet(`<rdf:Description rdf:about="" ${ns}>${children}</rdf:Description>`);

describe('readPdfaClaim', () => {
  describe('reads', () => {
    it('the attribute form', () => {
      expect(readPdfaClaim(attributes('pdfaid:part="2" pdfaid:conformance="B"'))).to.deep.equal({ part: 2, conformance: 'B' });
    });

    it('the element form', () => {
      expect(readPdfaClaim(elements('<pdfaid:part>1</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>'))).to.deep.equal({ part: 1, conformance: 'A' });
    });

    it('whatever prefix the packet binds to the PDF/A namespace', () => {
      expect(readPdfaClaim(attributes('id:part="3" id:conformance="U"', `xmlns:id="${NS}"`))).to.deep.equal({ part: 3, conformance: 'U' });
    });

    it('a binding on the element itself, and one on an ancestor', () => {
      expect(readPdfaClaim(packet(`<rdf:Description><p:part xmlns:p="${NS}">2</p:part></rdf:Description>`))).to.deep.equal({ part: 2 });
      expect(readPdfaClaim(`<a xmlns:p="${NS}"><b><c p:part="2"/></b></a>`)).to.deep.equal({ part: 2 });
    });

    it('the default namespace for elements (but not for unprefixed attributes)', () => {
      expect(readPdfaClaim(`<r><part xmlns="${NS}">2</part></r>`)).to.deep.equal({ part: 2 });
      expect(readPdfaClaim(`<r xmlns="${NS}" part="2"/>`)).to.equal(undefined);
    });

    it('character references, CDATA, white space, single quotes and processing instructions in values', () => {
      expect(readPdfaClaim(attributes('pdfaid:part = \'&#50;\' pdfaid:conformance="&#x42;"'))).to.deep.equal({ part: 2, conformance: 'B' });
      expect(readPdfaClaim(elements('<pdfaid:part>\n  <![CDATA[3]]>\n</pdfaid:part>'))).to.deep.equal({ part: 3 });
      expect(readPdfaClaim(elements('<pdfaid:part>2<?pi ignored?></pdfaid:part>'))).to.deep.equal({ part: 2 });
    });

    it('comments anywhere, ending only at -->, even when they hold > or markup', () => {
      expect(readPdfaClaim(`<!-- top --><r xmlns:p="${NS}"><!-- x > <e p:part="1"/> --><e p:part="2"/></r>`)).to.deep.equal({ part: 2 });
    });

    it('the same claim written twice, in both forms', () => {
      expect(readPdfaClaim(packet(`<rdf:Description xmlns:pdfaid="${NS}" pdfaid:part="2"><pdfaid:part>2</pdfaid:part></rdf:Description>`))).to.deep.equal({ part: 2 });
    });

    it('a part with a level it does not define keeps the part only', () => {
      expect(readPdfaClaim(attributes('pdfaid:part="1" pdfaid:conformance="U"'))).to.deep.equal({ part: 1 });
      expect(readPdfaClaim(attributes('pdfaid:part="4" pdfaid:conformance="F"'))).to.deep.equal({ part: 4, conformance: 'F' });
      expect(readPdfaClaim(attributes('pdfaid:part="2" pdfaid:conformance="b"'))).to.deep.equal({ part: 2 });
    });

    it('a claim after a megabyte of padding', () => {
      const padding = ' '.repeat(1024 * 1024);
      expect(readPdfaClaim(`<r>${padding}<x:a xmlns:x="${NS}" x:part="2"/>${padding}</r>`)).to.deep.equal({ part: 2 });
    });
  });

  describe('finds no claim', () => {
    const none: Array<[string, unknown]> = [
      ['a packet without pdfaid', packet('<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>application/pdf</dc:format></rdf:Description>')],
      ['the pdfaid prefix bound to another namespace', attributes('pdfaid:part="1"', 'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id"')],
      ['the pdfaid prefix not bound at all', attributes('pdfaid:part="1"', '')],
      ['a binding from a sibling element', packet(`<rdf:Description xmlns:p="${NS}"/><rdf:Description p:part="1"/>`)],
      ['a prefix unbound again inside', `<a xmlns:p="${NS}"><b xmlns:p=""><c p:part="1"/></b></a>`],
      ['a prefix rebound to another namespace inside', `<a xmlns:p="${NS}"><b xmlns:p="urn:x"><p:part>1</p:part></b></a>`],
      ['a claim in a comment', packet(`<!-- <rdf:Description xmlns:pdfaid="${NS}" pdfaid:part="1"/> -->`)],
      ['a claim as CDATA text', packet(`<rdf:Description><![CDATA[<p:part xmlns:p="${NS}">1</p:part>]]></rdf:Description>`)],
      // A DTD-aware reader gives <d> the default part 1 and sees 1 against 2; ignoring the DTD would read 2.
      ['a DOCTYPE (a DTD can default the attribute)', `<!DOCTYPE r [<!ATTLIST d p:part CDATA "1">]><r xmlns:p="${NS}"><d/><e p:part="2"/></r>`],
      ['an entity from a DTD', `<!DOCTYPE r [<!ENTITY two "2">]><r xmlns:p="${NS}" p:part="&two;"/>`],
      ['an unknown entity', attributes('pdfaid:part="&two;"')],
      ['a bare ampersand', attributes('pdfaid:part="2&"')],
      ['a reference to a surrogate', attributes('pdfaid:part="&#xD800;"')],
      ['contradictory parts', packet(`<rdf:Description xmlns:pdfaid="${NS}" pdfaid:part="1"><pdfaid:part>2</pdfaid:part></rdf:Description>`)],
      ['contradictory levels', packet(`<rdf:Description xmlns:pdfaid="${NS}" pdfaid:part="2" pdfaid:conformance="A"><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>`)],
      ['part 0', attributes('pdfaid:part="0"')],
      ['part 5', attributes('pdfaid:part="5"')],
      ['part 01', attributes('pdfaid:part="01"')],
      ['part 2.0', attributes('pdfaid:part="2.0"')],
      ['part 2abc', attributes('pdfaid:part="2abc"')],
      ['an empty part', attributes('pdfaid:part=""')],
      ['a self-closing part element', elements('<pdfaid:part/>')],
      ['an element inside the value', elements('<pdfaid:part><b>1</b></pdfaid:part>')],
      ['a value split by a comment into 12', elements('<pdfaid:part>1<!-- -->2</pdfaid:part>')],
      ['only a conformance level', attributes('pdfaid:conformance="B"')],
      ['an unclosed element', `<r xmlns:p="${NS}" p:part="2">`],
      ['a mismatched end tag', `<r xmlns:p="${NS}" p:part="2"></s>`],
      ['an unquoted attribute', `<r xmlns:p="${NS}" p:part=2/>`],
      ['< in an attribute', `<r xmlns:p="${NS}" p:part="2" q="<"/>`],
      ['a duplicate attribute', `<r xmlns:p="${NS}" p:part="2" p:part="2"/>`],
      ['attributes without space between', `<r xmlns:p="${NS}"p:part="2"/>`],
      ['an unterminated comment', `<r xmlns:p="${NS}" p:part="2"/><!-- `],
      ['an unterminated tag', `<r xmlns:p="${NS}" p:part="2"`],
      ['a name with two colons', `<r xmlns:p="${NS}" p:part:x="2"/>`],
      ['xmlns itself declared as a prefix', `<r xmlns:xmlns="${NS}" xmlns:part="2"/>`],
      ['nesting deeper than any XMP', `${`<a xmlns:p="${NS}">`.repeat(10000)}<p:part>2</p:part>${'</a>'.repeat(10000)}`],
      ['more than the size limit', `<r xmlns:p="${NS}" p:part="2">${' '.repeat(MAX_XMP_LENGTH)}</r>`],
      ['an empty string', ''],
      ['not a string', null],
    ];
    for (const [name, xmp] of none) {
      it(name, () => {
        expect(readPdfaClaim(xmp as string)).to.equal(undefined);
      });
    }
  });
});
