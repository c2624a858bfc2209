/** @type {import('next').NextConfig} */
module.exports = {
  output: 'export',
  // The static site goes to out/ unless NEXT_OUT_DIR names another folder (tests build fixture sites side by side).
  distDir: process.env.NEXT_OUT_DIR || 'out',
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};
