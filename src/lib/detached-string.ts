// Copies of pieces of large strings, for what outlives them.

/**
 * A copy of a piece of a string. V8 keeps a substring (a regular expression's match, a slice) as
 * a view into the string it was cut from, so keeping pieces of every page would keep every
 * page's whole HTML alive.
 */
export const detached = (piece: string): string => Buffer.from(piece).toString();
