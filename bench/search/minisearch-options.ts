/** How MiniSearch indexes and searches, shared by the build (Node) and the page (harness). */
export const miniSearchOptions = {
  fields: ['text'],
  storeFields: ['entry'],
  searchOptions: { prefix: true, combineWith: 'AND' as const },
};
