// The team portfolio as CSV, the same rows and columns as its table (team edition only; the
// integration routes it at /team/customers.csv).
import type { APIRoute } from 'astro';
import { portfolioCsv } from '../lib/portfolio-csv.ts';
import { portfolioRows } from '../site/portfolio.ts';

export const GET: APIRoute = async () =>
  new Response(portfolioCsv(await portfolioRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
