// The portfolio as CSV (RFC 4180, via csv-stringify), the same columns as the table. Cells that
// a spreadsheet would run as a formula (=, +, -, @ first) are escaped.
import { stringify } from 'csv-stringify/sync';
import type { PortfolioRow } from './portfolio.ts';

export const CSV_COLUMNS = [
  'Customer',
  'Plan',
  'Segment',
  'CSM',
  'Kickoff',
  'Day',
  'Milestones reached',
  'Milestones',
  'Status',
  'Next milestone',
  'Next due',
  'Health score',
  'Band',
  'Response',
  'Within',
];

export function csvCells(row: PortfolioRow): (string | number)[] {
  return [
    row.name,
    row.planTitle,
    row.segment,
    row.csm,
    row.kickoff,
    row.day,
    row.reached,
    row.total,
    row.statusLabel,
    row.nextMilestone ?? '',
    row.nextDue ?? '',
    row.health?.score ?? '',
    row.health?.band.label ?? '',
    row.health?.band.protocol?.action ?? '',
    row.health?.band.protocol?.within ?? '',
  ];
}

/** One CSV line (with its CRLF) per row; the header alone when `rows` is empty. */
export function csvLine(cells: readonly (string | number)[]): string {
  return stringify([cells], { escape_formulas: true, record_delimiter: 'windows' });
}

export function portfolioCsv(rows: readonly PortfolioRow[]): string {
  return csvLine(CSV_COLUMNS) + rows.map((row) => csvLine(csvCells(row))).join('');
}
