// node --import tests/helpers/no-compromise.mjs ...: any import of compromise in that process fails,
// naming the module that asked for it (tests/cues.test.ts: the main entry never loads compromise).
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (/[\\\\/]node_modules[\\\\/]compromise[\\\\/]/.test(r.url))
    throw new Error('compromise was imported by ' + context.parentURL);
  return r;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
