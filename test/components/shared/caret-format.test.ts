import { expect } from '@open-wc/testing';
import { compactAccount, groupsOfFour, reformatKeepingCaret } from '../../../src/components/shared/caret-format.js';

/** `|` marks the caret in these cases. */
function split(text: string): [string, number] {
  const caret = text.indexOf('|');
  return [text.replace('|', ''), caret];
}
function run(before: string, format = groupsOfFour, options?: Parameters<typeof reformatKeepingCaret>[3]): string {
  const [raw, caret] = split(before);
  const out = reformatKeepingCaret(raw, caret, format, options);
  return out.value.slice(0, out.caret) + '|' + out.value.slice(out.caret);
}

describe('reformatKeepingCaret', () => {
  it('keeps the caret at the end while typing and inserts group separators', () => {
    expect(run('KZ12|')).to.equal('KZ12|');
    expect(run('KZ123|')).to.equal('KZ12 3|');
    expect(run('kz12 3456 7|')).to.equal('KZ12 3456 7|');
  });

  it('keeps the caret where the user types in the middle', () => {
    // Typed "X" after "KZ12 " in "KZ12 3456 78": the groups shift, the caret follows the X.
    expect(run('KZ12 X|3456 78')).to.equal('KZ12 X|345 678');
    expect(run('KZ1X|2 3456')).to.equal('KZ1X| 2345 6');
  });

  it('deleting with Backspace in the middle keeps the caret in place', () => {
    // "KZ12 3|456" → Backspace removed "3".
    expect(run('KZ12 |456', groupsOfFour, { previous: 'KZ12 3456', inputType: 'deleteContentBackward' })).to.equal(
      'KZ12 |456',
    );
  });

  it('Backspace right after a separator removes the character before it', () => {
    // "KZ12 |3456": Backspace deleted only the space; the "2" goes instead.
    expect(run('KZ12|3456', groupsOfFour, { previous: 'KZ12 3456', inputType: 'deleteContentBackward' })).to.equal(
      'KZ1|3 456',
    );
  });

  it('Delete right before a separator removes the character after it', () => {
    expect(run('KZ12|3456', groupsOfFour, { previous: 'KZ12 3456', inputType: 'deleteContentForward' })).to.equal(
      'KZ12| 456',
    );
  });

  it('normalises a pasted IBAN with spaces and dashes and puts the caret after it', () => {
    expect(run('kz86-125k zt50-0410 0100|')).to.equal('KZ86 125K ZT50 0410 0100|');
    // Pasted into the middle of existing text: the caret lands after the pasted part.
    expect(run('KZ86 12-5K|ZT50')).to.equal('KZ86 125K| ZT50');
  });

  it('clamps the caret when the formatter drops characters beyond its maximum', () => {
    const out = reformatKeepingCaret('A'.repeat(40), 40, (raw) => groupsOfFour(raw, 34));
    expect(out.value.replace(/ /g, '')).to.have.length(34);
    expect(out.caret).to.equal(out.value.length);
  });

  it('works with a phone formatter whose prefix contains separators', () => {
    const phone = (raw: string) => {
      const d = raw.replace(/\D/g, '').replace(/^8/, '7').slice(0, 11);
      if (!d) return '';
      const p = d.slice(1);
      let out = '+' + d[0];
      if (p) out += ' (' + p.slice(0, 3);
      if (p.length > 3) out += ') ' + p.slice(3, 6);
      if (p.length > 6) out += '-' + p.slice(6, 8);
      if (p.length > 8) out += '-' + p.slice(8, 10);
      return out;
    };
    expect(run('7701123|', phone)).to.equal('+7 (701) 123|');
    expect(run('+7 (701) 1239|', phone)).to.equal('+7 (701) 123-9|');
    expect(run('+7 (7019|) 123', phone)).to.equal('+7 (701) 9|12-3');
  });

  it('leaves the caret at the start when the user types at the start', () => {
    expect(run('|KZ12')).to.equal('|KZ12');
  });
});

describe('account helpers', () => {
  it('groupsOfFour upper-cases and regroups; compactAccount removes separators', () => {
    expect(groupsOfFour('kz86125kzt5004100100')).to.equal('KZ86 125K ZT50 0410 0100');
    expect(compactAccount(' kz86 125k-zt50 ')).to.equal('KZ86125KZT50');
  });
});
