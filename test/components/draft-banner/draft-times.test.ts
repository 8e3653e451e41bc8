// When a draft was saved, in words: the units chosen at their edges, written out here.
import { expect } from '@open-wc/testing';
import { agoOf, formatAgo } from '../../../src/components/draft-banner/draft-times.js';
import { at } from './helpers.js';

const NOW = at(2025, 3, 12, 0, 30);

describe('draft save times', () => {
  it('chooses minutes, hours, then calendar days', () => {
    expect(agoOf(NOW - 59_000, NOW), 'under a minute').to.equal(undefined);
    expect(agoOf(NOW + 5 * 60_000, NOW), 'a clock behind the save').to.equal(undefined);
    expect(agoOf(NOW - 60_000, NOW)).to.deep.equal({ unit: 'minute', value: 1 });
    expect(agoOf(NOW - 59 * 60_000 - 59_000, NOW)).to.deep.equal({ unit: 'minute', value: 59 });
    expect(agoOf(NOW - 3600_000, NOW)).to.deep.equal({ unit: 'hour', value: 1 });
    // 23 h 59 min ago, the day before: still hours.
    expect(agoOf(at(2025, 3, 11, 0, 31), NOW)).to.deep.equal({ unit: 'hour', value: 23 });
    // 24 h ago is the day before; 25 h ago, two midnights back, is two days.
    expect(agoOf(at(2025, 3, 11, 0, 30), NOW)).to.deep.equal({ unit: 'day', value: 1 });
    expect(agoOf(at(2025, 3, 10, 23, 30), NOW)).to.deep.equal({ unit: 'day', value: 2 });
    expect(agoOf(at(2025, 2, 10, 12, 0), NOW)).to.deep.equal({ unit: 'day', value: 30 });
  });

  it('says them per locale, Kazakh included in every engine', () => {
    expect(formatAgo({ unit: 'minute', value: 1 }, 'en')).to.equal('1 minute ago');
    expect(formatAgo({ unit: 'day', value: 1 }, 'en')).to.equal('yesterday');
    expect(formatAgo({ unit: 'hour', value: 5 }, 'ru')).to.equal('5 часов назад');
    expect(formatAgo({ unit: 'minute', value: 21 }, 'ru')).to.equal('21 минуту назад');
    expect(formatAgo({ unit: 'day', value: 1 }, 'kk')).to.equal('кеше');
    expect(formatAgo({ unit: 'day', value: 2 }, 'kk')).to.equal('2 күн бұрын');
    expect(formatAgo({ unit: 'day', value: 12 }, 'kk')).to.equal('12 күн бұрын');
    expect(formatAgo({ unit: 'minute', value: 3 }, 'kk')).to.equal('3 минут бұрын');
    expect(formatAgo({ unit: 'hour', value: 1 }, 'kk')).to.equal('1 сағат бұрын');
  });
});
