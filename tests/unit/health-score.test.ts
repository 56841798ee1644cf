import { describe, expect, it } from 'vitest';
import { applyMilestone, bandFor, healthScore } from '../../src/lib/health-score.ts';

const factors = [
  { id: 'adoption', weight: 40 },
  { id: 'engagement', weight: 35 },
  { id: 'milestones', weight: 25 },
];
const bands = [
  { id: 'healthy', label: 'Healthy', floor: 70 },
  { id: 'at-risk', label: 'At risk', floor: 40 },
  { id: 'critical', label: 'Critical', floor: 0 },
];

describe('healthScore', () => {
  it('is the weighted average of the factor scores', () => {
    expect(healthScore(factors, { adoption: 80, engagement: 60, milestones: 100 })).toBe(78);
  });
  it('rounds to the nearest whole point', () => {
    expect(healthScore(factors, { adoption: 51, engagement: 51, milestones: 50 })).toBe(51); // 50.75
    expect(healthScore(factors, { adoption: 1, engagement: 0, milestones: 0 })).toBe(0); // 0.4
  });
  it('counts a missing factor as 0 and clamps values to 0–100', () => {
    expect(healthScore(factors, { adoption: 100 })).toBe(40);
    expect(healthScore(factors, { adoption: 250, engagement: -20, milestones: 100 })).toBe(65);
  });
  it('is 100 when every factor is 100 and 0 when all are 0', () => {
    expect(healthScore(factors, { adoption: 100, engagement: 100, milestones: 100 })).toBe(100);
    expect(healthScore(factors, {})).toBe(0);
  });
});

describe('bandFor', () => {
  it('puts a score on a floor into that band', () => {
    expect(bandFor(70, bands).id).toBe('healthy');
    expect(bandFor(69, bands).id).toBe('at-risk');
    expect(bandFor(40, bands).id).toBe('at-risk');
    expect(bandFor(39, bands).id).toBe('critical');
    expect(bandFor(0, bands).id).toBe('critical');
    expect(bandFor(100, bands).id).toBe('healthy');
  });
});

describe('applyMilestone', () => {
  it('adds the reached effect and subtracts the missed one, within 0–100', () => {
    expect(applyMilestone(60, { reached: 15, missed: -20 }, true)).toBe(75);
    expect(applyMilestone(60, { reached: 15, missed: -20 }, false)).toBe(40);
    expect(applyMilestone(95, { reached: 15, missed: -20 }, true)).toBe(100);
    expect(applyMilestone(10, { reached: 15, missed: -20 }, false)).toBe(0);
  });
});
