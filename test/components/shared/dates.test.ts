import { expect } from '@open-wc/testing';
import { isoDate, showDate, tidyDate } from '../../../src/components/shared/dates.js';

describe('shared dates (the forms and the bank editor)', () => {
  it('shows YYYY-MM-DD as 31.12.2024 and gives it back', () => {
    expect(showDate('2024-12-31')).to.equal('31.12.2024');
    expect(isoDate('31.12.2024')).to.equal('2024-12-31');
    expect(isoDate(showDate('2019-03-12'))).to.equal('2019-03-12');
  });

  it('reads what people type before giving YYYY-MM-DD', () => {
    expect(tidyDate(' 1/2/2024 ')).to.equal('01.02.2024');
    expect(isoDate(' 1/2/2024 ')).to.equal('2024-02-01');
    expect(isoDate('2024.12.31')).to.equal('2024-12-31');
    expect(isoDate('2024-12-31')).to.equal('2024-12-31');
  });

  it('changes only the shape: a day that does not exist or a text that is no date reaches the model as it is', () => {
    expect(isoDate('31.02.2024')).to.equal('2024-02-31');
    expect(isoDate('31.12.24')).to.equal('31.12.24');
    expect(isoDate(' soon ')).to.equal('soon');
    expect(isoDate('')).to.equal('');
  });
});
