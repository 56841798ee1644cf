// Health-score rules of a plan: unique factor and band ids, weights that add up to 100, band
// floors that strictly decrease down to 0, and response protocols for bands that exist.
import { asList, asMap, isInt, type Raw, type RuleContext } from './rule-context.ts';
import { checkUniqueIds } from './unique-ids.ts';

function checkWeights(factors: unknown[], context: RuleContext): void {
  const weights = factors.map((factor) => asMap(factor)?.weight);
  // A weight that is missing or not a number has its own error; the sum would only confuse.
  if (weights.length === 0 || !weights.every(isInt)) return;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 100) return;
  context.report(['health', 'factors'], 'weights-sum', `Factor weights add up to ${total}, not 100`, {
    hint: total > 100 ? `Take ${total - 100} off one or more weights.` : `Add ${100 - total} to one or more weights.`,
  });
}

function checkBandFloors(bands: unknown[], context: RuleContext): void {
  let previous: { id: string; floor: number } | undefined;
  bands.forEach((item, index) => {
    const band = asMap(item);
    if (!band || !isInt(band.floor)) return;
    const current = { id: typeof band.id === 'string' ? band.id : `number ${index + 1}`, floor: band.floor };
    if (previous && current.floor >= previous.floor) {
      context.report(
        ['health', 'bands', index, 'floor'],
        'band-floors',
        `Band "${current.id}" starts at ${current.floor}, which is not below "${previous.id}" (${previous.floor}); list bands highest first with strictly decreasing floors`,
      );
    }
    previous = current;
  });
  const lastIndex = bands.length - 1;
  const last = asMap(bands[lastIndex]);
  if (last && isInt(last.floor) && last.floor !== 0) {
    context.report(
      ['health', 'bands', lastIndex, 'floor'],
      'band-floors',
      `The lowest band must start at 0 so every score has a band; "${String(last.id)}" starts at ${last.floor}`,
      { hint: 'Set floor: 0 on the last band.' },
    );
  }
}

function checkResponseProtocols(plan: Raw, context: RuleContext): void {
  const bandIds = asList(asMap(plan.health)?.bands)
    .map((band) => asMap(band)?.id)
    .filter((id): id is string => typeof id === 'string');
  if (bandIds.length === 0) return;
  asList(asMap(plan.internal)?.responseProtocols).forEach((item, index) => {
    const band = asMap(item)?.band;
    if (typeof band === 'string' && !bandIds.includes(band)) {
      context.report(['internal', 'responseProtocols', index, 'band'], 'dangling-reference', `No health band "${band}" in this plan`, {
        value: band,
        candidates: bandIds,
      });
    }
  });
}

export function checkHealthModel(plan: Raw, context: RuleContext): void {
  const health = asMap(plan.health);
  if (health) {
    checkUniqueIds(health.factors, ['health', 'factors'], 'factor', context);
    checkUniqueIds(health.bands, ['health', 'bands'], 'band', context);
    checkWeights(asList(health.factors), context);
    checkBandFloors(asList(health.bands), context);
  }
  checkResponseProtocols(plan, context);
}
