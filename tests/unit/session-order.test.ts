// Sessions among search results come nearest first; other results keep their rank.
import { describe, expect, it } from 'vitest';
import { sessionsInDateOrder } from '../../src/search/session-order.ts';

const r = (id: string) => ({ id });

describe('sessionsInDateOrder', () => {
  it('fills the session places with the sessions in date order', () => {
    const ranked = [r('course'), r('aug-2027'), r('article'), r('dec-2026'), r('jan-2027')];
    const byDate = [r('dec-2026'), r('jan-2027'), r('aug-2027')];
    expect(sessionsInDateOrder(ranked, byDate).map((x) => x.id)).toEqual(['course', 'dec-2026', 'article', 'jan-2027', 'aug-2027']);
  });
  it('leaves results alone when there is at most one session', () => {
    expect(sessionsInDateOrder([r('a'), r('s')], [r('s')]).map((x) => x.id)).toEqual(['a', 's']);
  });
});
