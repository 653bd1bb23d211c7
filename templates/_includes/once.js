// A page that is not one of many (home, indexes, search, 404…). The build
// renders the site in several Eleventy runs, to keep memory bounded; such a
// page is written in the run whose model says `render.singletons`.
export function once(permalink) {
  return {
    permalink: (data) => (data.minutebook.render.singletons ? permalink : false),
    eleventyExcludeFromCollections: true,
  };
}
