// Eleventy configuration. The build entry (src/build.ts) runs Eleventy with
// templates/ as input; the data it renders comes through templates/_data/.
// Pages are JavaScript templates (*.11ty.js); src/write-site.ts copies the assets.

export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  // Each page written ticks the build's progress (set by src/write-site.ts).
  eleventyConfig.addTransform('minutebook-progress', function (content) {
    globalThis[Symbol.for('minutebook.pageWritten')]?.();
    return content;
  });
  return {
    // The input folder is given by src/write-site.ts (absolute, so any working folder works).
    dir: { includes: '_includes', data: '_data' },
    templateFormats: ['11ty.js'],
  };
}
