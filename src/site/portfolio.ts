// The team portfolio's rows, from the collections, most urgent first (see lib/portfolio.ts).
import { entriesOf } from './collections.ts';
import { buildNow } from '../content/now.ts';
import { byUrgency, portfolioRow, type PortfolioRow } from '../lib/portfolio.ts';
import { segments } from './segments.ts';

export interface PortfolioEntry extends PortfolioRow {
  /** The workspace's access key, when the customer has a page. */
  key?: string;
}

export async function portfolioRows(): Promise<PortfolioEntry[]> {
  const { name } = await segments();
  const plans = new Map((await entriesOf('plans')).map((plan) => [plan.id, plan]));
  const rows: PortfolioEntry[] = [];
  for (const customer of await entriesOf('customers')) {
    const plan = plans.get(customer.data.plan);
    if (!plan) continue;
    rows.push({
      ...portfolioRow(customer.id, customer.data, plan.id, plan.data, buildNow, name),
      ...(customer.data.key ? { key: customer.data.key } : {}),
    });
  }
  return rows.sort(byUrgency);
}
