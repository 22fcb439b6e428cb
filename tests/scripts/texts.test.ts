/**
 * The runtime sentences' file is for review: every sentence the preview, the diagnosis and the summary can show.
 * This test only says that it is stale, so that a wording change always shows in the diff an editor reads.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runtimeSentencesFile } from '../../scripts/texts/collect.ts';

test('src/lib/messages/runtime-sentences.txt is up to date (run `npm run texts` after changing a sentence)', () => {
	const committed = readFileSync(new URL('../../src/lib/messages/runtime-sentences.txt', import.meta.url), 'utf8');
	expect(committed === runtimeSentencesFile(), 'stale: run `npm run texts` and review the diff').toBe(true);
});
