// Eleventy configuration. The build entry (src/build.ts) runs Eleventy with
// templates/ as input; the data it renders comes through templates/_data/.
// Pages are JavaScript templates (*.11ty.js); the stylesheet is copied as is.
import path from 'node:path';

export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  eleventyConfig.addPassthroughCopy({ [path.join(import.meta.dirname, 'templates', 'assets')]: 'assets' });
  return {
    dir: { input: 'templates', includes: '_includes', data: '_data' },
    templateFormats: ['11ty.js'],
  };
}
