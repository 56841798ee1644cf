// "Now" for a build: the build time, or MILEPOST_NOW (an ISO date) to build the portal as of
// another day, e.g. to reproduce what customers saw, or in tests.
export const buildNow = new Date(process.env.MILEPOST_NOW ?? Date.now());
