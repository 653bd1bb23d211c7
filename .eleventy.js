// Eleventy configuration. The build entry (src/build.ts) runs Eleventy with
// templates/ as input; the data it renders comes through templates/_data/.
export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  return {
    dir: { input: 'templates', includes: '_includes', data: '_data' },
    templateFormats: ['11ty.js'],
  };
}
