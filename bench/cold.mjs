// One cold start, measured by the parent: `node bench/cold.mjs stances|wink`.
const text = 'China reiterated its opposition to the deployment. The ROK hopes for talks.';
if (process.argv[2] === 'wink') {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  winkNLP(model).readDoc(text).sentences().length();
} else {
  const { extractStances } = await import('../dist/index.js');
  extractStances(text);
}
