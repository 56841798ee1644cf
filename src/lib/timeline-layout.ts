// Where each milestone's label goes on the horizontal timeline: names are wrapped to two lines
// at most, and labels are stacked in lanes above and below the axis so that none overlaps
// another, however close the due days are.

export interface TimelineLabel {
  /** Marker position on the axis. */
  x: number;
  /** Where the text block is anchored, kept inside the drawing. */
  textX: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  /** 0 is the lane nearest the axis above it, 1 the nearest below, 2 the next above, … */
  lane: number;
}

export interface TimelineGeometry {
  width: number;
  /** Axis inset on each side. */
  inset: number;
  /** Average glyph width of label text, in drawing units. */
  charWidth: number;
  /** Longest line before a name wraps. */
  maxLine: number;
  /** Width of the "Kickoff" label under the start of the axis, which labels below must avoid. */
  kickoffWidth?: number;
}

/** Splits a name into one or two lines near its middle, at a space. */
export function wrapName(name: string, maxLine: number): string[] {
  if (name.length <= maxLine) return [name];
  const spaces = [...name.matchAll(/ /g)].map((match) => match.index!);
  if (spaces.length === 0) return [name];
  const middle = name.length / 2;
  const split = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [name.slice(0, split), name.slice(split + 1)];
}

/** `caption` is the line under the name: "Day 14" unless given (a customer's timeline shows dates). */
export function layoutTimeline(milestones: { name: string; dueDay: number; caption?: string }[], geometry: TimelineGeometry): TimelineLabel[] {
  const { width, inset, charWidth, maxLine, kickoffWidth = 0 } = geometry;
  const span = Math.max(milestones.at(-1)?.dueDay ?? 1, 1);
  const x = (day: number) => inset + (day / span) * (width - 2 * inset);
  const taken: [number, number][][] = [[], kickoffWidth > 0 ? [[0, inset + kickoffWidth + 8]] : []];
  return milestones.map((milestone) => {
    const lines = [...wrapName(milestone.name, maxLine), milestone.caption ?? `Day ${milestone.dueDay}`];
    const blockWidth = Math.max(...lines.map((line) => line.length)) * charWidth;
    const markerX = x(milestone.dueDay);
    // Centred on its marker unless that would leave the drawing: then it hugs the edge.
    const left = Math.min(Math.max(markerX - blockWidth / 2, 4), width - 4 - blockWidth);
    const anchor = left <= 4 ? 'start' : left >= width - 4 - blockWidth ? 'end' : 'middle';
    const textX = anchor === 'start' ? 4 : anchor === 'end' ? width - 4 : markerX;
    const extent: [number, number] = [left - 8, left + blockWidth + 8];
    let lane = 0;
    while ((taken[lane] ?? []).some(([from, to]) => extent[0] < to && extent[1] > from)) lane++;
    (taken[lane] ??= []).push(extent);
    return { x: markerX, textX, anchor, lines, lane };
  });
}

export interface LaneStack {
  /** Height the lanes above the axis take, and those below it. */
  above: number;
  below: number;
  /** The baseline of each line of a label in `lane`: above the axis it ends near it, below it starts near it. */
  lineYs(lane: number, count: number, axisY: number): number[];
}

/** Stacks the lanes outwards from the axis, each as tall as its tallest label. */
export function stackLanes(labels: readonly TimelineLabel[], lineHeight: number): LaneStack {
  const heights: number[] = [];
  for (const label of labels) heights[label.lane] = Math.max(heights[label.lane] ?? 0, label.lines.length * lineHeight + 10);
  const side = (parity: 0 | 1, before = heights.length) => heights.reduce((sum, height, lane) => (lane % 2 === parity && lane < before ? sum + (height ?? 0) : sum), 0);
  return {
    above: side(0),
    below: side(1),
    lineYs(lane, count, axisY) {
      if (lane % 2 === 0) {
        const bottom = axisY - 20 - side(0, lane);
        return Array.from({ length: count }, (_, i) => bottom - (count - 1 - i) * lineHeight);
      }
      const top = axisY + 36 + side(1, lane);
      return Array.from({ length: count }, (_, i) => top + i * lineHeight);
    },
  };
}
