/**
 * Bundles the simulator's core into one browser file: the screen replica and the client preview, and every
 * module they import. Every page with an island shows replicas, and the procedure pages and the simulator
 * also dock the preview, so these pages need all of it at once. Left to the bundler, it is a dozen small
 * chunks, each compressed on its own and each a request; as one file it compresses with one dictionary.
 * Islands that only some pages have (the diagnosis, the outcome matrix, the toolbar) stay in their own files.
 */
import type { AstroIntegration } from 'astro';

/** The islands whose code, with all they import, makes up the chunk. */
const CORE_ISLANDS = /\/src\/components\/simulator\/(ScreenReplica|ClientPreview)\.tsx$/;
/** The chunk's name, which its file name begins with. */
const SIMULATOR_CHUNK_NAME = 'simulator';
const RUNTIME_CHUNK_NAME = 'runtime';
/**
 * What the pages' plain scripts need before any island wakes (the checklist's and the dock's first part): kept out
 * of the core, so that a reader who only reads never loads the simulator.
 */
const PAGE_START = /\/src\/components\/(state\/(saved-state|done-steps|store|wake)|simulator\/(shortcut-request|dock-padding))\.ts$/;
const PAGE_START_CHUNK_NAME = 'page-start';

interface ModuleGraph {
	getModuleInfo(id: string): { importers: readonly string[] } | null;
}

/** True when a module is a core island or is imported, directly or not, by one: a walk up its importers. */
function inCore(id: string, graph: ModuleGraph): boolean {
	const seen = new Set([id]);
	const queue = [id];
	for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
		if (CORE_ISLANDS.test(current)) return true;
		for (const importer of graph.getModuleInfo(current)?.importers ?? [])
			if (!seen.has(importer)) {
				seen.add(importer);
				queue.push(importer);
			}
	}
	return false;
}

export function simulatorChunk(): AstroIntegration {
	return {
		name: 'project:simulator-chunk',
		hooks: {
			// The browser's build only: the server's bundles never reach a reader.
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				// The bundler's own helpers (virtual modules, such as the one behind a dynamic import) get a small chunk
				// of their own, claimed first: every page's scripts share them, and inside the core they would make every
				// page load the simulator.
				const groups = [
					{ name: (id: string) => (id.startsWith('\0') ? RUNTIME_CHUNK_NAME : null), priority: 1 },
					{ name: (id: string) => (PAGE_START.test(id) ? PAGE_START_CHUNK_NAME : null), priority: 1 },
					{ name: (id: string, graph: ModuleGraph) => (inCore(id, graph) ? SIMULATOR_CHUNK_NAME : null) },
				];
				updateConfig({ vite: { environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups } } } } } } } });
			},
		},
	};
}
