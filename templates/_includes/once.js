// A page that is not one of many (home, indexes, search, 404…): rendered by
// every build, its view is in the model whole (write-site.ts counts them:
// SINGLE_PAGES).
export function once(permalink) {
  return {
    permalink,
    eleventyExcludeFromCollections: true,
  };
}
