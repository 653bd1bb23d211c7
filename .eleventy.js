// Eleventy configuration. The build entry (src/build.ts) runs Eleventy with
// templates/ as input; the data it renders comes through templates/_data/.
// Pages are JavaScript templates (*.11ty.js); src/write-site.ts copies the assets.

export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  // Quiet mode does not reach the group timing configuration callbacks, made before it is read
  // (11ty/eleventy#1484 meant it to): it would print "Benchmark … Transform" about the handing over below,
  // which waits while the writer thread catches up. The build reports its own phases and times.
  eleventyConfig.benchmarks?.config?.setIsVerbose?.(false);
  // Eleventy runs dry: each page rendered is handed to src/write-site.ts, which writes it (on a thread of its own)
  // and ticks the build's progress.
  eleventyConfig.addTransform('minutebook-write', function (content) {
    globalThis[Symbol.for('minutebook.pageWritten')]?.(this.page.outputPath, content);
    return content;
  });
  return {
    // The input folder is given by src/write-site.ts (absolute, so any working folder works).
    dir: { includes: '_includes', data: '_data' },
    templateFormats: ['11ty.js'],
  };
}
