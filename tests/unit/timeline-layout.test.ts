// The horizontal milestone timeline: full names, a day under each, and labels that never overlap.
import { describe, expect, it } from 'vitest';
import { layoutTimeline, wrapName } from '../../src/lib/timeline-layout.ts';

const geometry = { width: 720, inset: 24, charWidth: 7.6, maxLine: 22, kickoffWidth: 56 };
const extent = (label: ReturnType<typeof layoutTimeline>[number]) => {
  const width = Math.max(...label.lines.map((line) => line.length)) * geometry.charWidth;
  const left = label.anchor === 'start' ? label.textX : label.anchor === 'end' ? label.textX - width : label.textX - width / 2;
  return [left, left + width] as const;
};

describe('wrapName', () => {
  it('keeps short names on one line and splits long ones near the middle, never cutting them', () => {
    expect(wrapName('Rollout complete', 22)).toEqual(['Rollout complete']);
    expect(wrapName('Executive business review', 22)).toEqual(['Executive', 'business review']);
    expect(wrapName('Executive business review', 22).join(' ')).toBe('Executive business review');
  });
});

describe('layoutTimeline', () => {
  it('gives every milestone its full name and its due day', () => {
    const labels = layoutTimeline([{ name: 'Secure access in place', dueDay: 14 }, { name: 'Executive business review', dueDay: 120 }], geometry);
    expect(labels.map((label) => label.lines.join(' '))).toEqual(['Secure access in place Day 14', 'Executive business review Day 120']);
  });
  it('keeps every label inside the drawing', () => {
    const labels = layoutTimeline([{ name: 'A very long first milestone name', dueDay: 1 }, { name: 'Another very long last milestone', dueDay: 200 }], geometry);
    for (const label of labels) {
      const [left, right] = extent(label);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(geometry.width);
    }
  });
  it('puts labels of close milestones in different lanes so none overlaps', () => {
    const milestones = [1, 3, 5, 7, 9].map((dueDay) => ({ name: `Milestone number ${dueDay}`, dueDay }));
    const labels = layoutTimeline([...milestones, { name: 'Last', dueDay: 90 }], geometry);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        if (a.lane !== b.lane) continue;
        const [aLeft, aRight] = extent(a);
        const [bLeft, bRight] = extent(b);
        expect(aRight <= bLeft || bRight <= aLeft).toBe(true);
      }
    }
    expect(new Set(labels.map((label) => label.lane)).size).toBeGreaterThan(2);
  });
});
