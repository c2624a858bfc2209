/** Where the build writes each 1200×630 share image (scripts/publish-exports.ts). */
export const chartSharePath = (chartId: string) => `/share/${chartId}.png`;
export const claimSharePath = (claimId: string) => `/share/claims/${claimId}.png`;
