// The health score: a weighted average of factor scores, and the band it falls in. The same
// functions run in the build, in the plan page's calculator and in the tests.

export interface WeightedFactor {
  id: string;
  weight: number;
}

export interface ScoreBand {
  id: string;
  label: string;
  floor: number;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/**
 * Σ weight × factor score ÷ Σ weights, each factor score 0–100 (a missing one counts as 0),
 * rounded to the nearest whole point so the score matches what bands are written in.
 */
export function healthScore(factors: readonly WeightedFactor[], values: Readonly<Record<string, number>>): number {
  const totalWeight = factors.reduce((sum, factor) => sum + factor.weight, 0);
  if (totalWeight === 0) return 0;
  const weighted = factors.reduce((sum, factor) => sum + factor.weight * clamp(values[factor.id] ?? 0), 0);
  return Math.round(weighted / totalWeight);
}

/** The band a score falls in: bands are listed highest first, and a floor is inclusive. */
export function bandFor<B extends ScoreBand>(score: number, bands: readonly B[]): B {
  const found = bands.find((band) => score >= band.floor);
  return found ?? bands[bands.length - 1]!;
}

/** The score after a milestone is reached or missed, kept within 0–100. */
export function applyMilestone(score: number, effect: { reached: number; missed: number }, reached: boolean): number {
  return clamp(score + (reached ? effect.reached : effect.missed));
}
