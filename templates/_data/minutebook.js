// The only seam between the data layer and the templates: the site model
// (src/site/site-view.ts) that `minutebook build` computed, handed over in
// memory because the build runs Eleventy in its own process.
export default function () {
  const site = globalThis[Symbol.for('minutebook.site')];
  if (!site) {
    throw new Error('The templates get their data from `minutebook build` (npm run build); run that instead of Eleventy directly.');
  }
  return site;
}
