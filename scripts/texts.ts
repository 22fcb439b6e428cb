/**
 * `npm run texts`: writes every runtime sentence (scripts/texts/collect.ts) to src/lib/messages/runtime-sentences.txt,
 * the file an editor reads whole. Runs on Node 24 with type stripping, hence the `.ts` import paths.
 */
import { writeFileSync } from 'node:fs';
import { runtimeSentencesFile } from './texts/collect.ts';

export const RUNTIME_SENTENCES_FILE = new URL('../src/lib/messages/runtime-sentences.txt', import.meta.url);

writeFileSync(RUNTIME_SENTENCES_FILE, runtimeSentencesFile());
console.log(`Written: ${RUNTIME_SENTENCES_FILE.pathname}`);
