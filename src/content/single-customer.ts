// MILEPOST_CUSTOMER=<id>: a portal for one customer only, for teams that deploy a site per
// customer. Every other customer is left out when content is loaded; this one's workspace
// becomes the home page, next to the public portal.
import type { ContentIndex } from './content-index.ts';

/** The customer id to build a portal for, or undefined for the usual portal. */
export function resolveSingleCustomer(value = process.env.MILEPOST_CUSTOMER): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Only the customer `id`; throws, naming the customers there are, when there is none. */
export function forSingleCustomer(content: ContentIndex, id: string): ContentIndex {
  const customer = content.customers.find((entry) => entry.id === id);
  if (!customer) {
    const known = content.customers.map((entry) => entry.id);
    throw new Error(
      `MILEPOST_CUSTOMER is "${id}", but there is no customers/${id}.yaml${known.length > 0 ? ` (customers: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''})` : ''}`,
    );
  }
  return { ...content, customers: [customer] };
}
