/**
 * Makes Jest load the deck reader's TypeScript source rather than the `.js` that `npm run build` compiles
 * beside it (an ES module, which this CommonJS project cannot run). Jest's default `moduleFileExtensions`
 * try `.js` before `.ts`; importing this file first maps every module of the bundle to its `.ts`.
 * (Listing 'ts' first in the 'scripts' project's `moduleFileExtensions` would make this unnecessary.)
 */
const BUNDLE = '../../../force-app/main/courses/lwc/deckReader';

// In a loop, so the calls are not hoisted above BUNDLE.
for (const name of ['deckReader', 'cfb', 'pdfText', 'pptxText', 'xml']) {
  jest.mock(`${BUNDLE}/${name}`, () => jest.requireActual(`${BUNDLE}/${name}.ts`));
}

export {};
