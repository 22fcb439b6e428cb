/**
 * Bundles the islands' shared code into two browser files, each compressed with one dictionary and fetched in
 * one request, where the bundler would make a dozen small chunks:
 * - the core: the screen replica with every module it imports (the office, its links and the notification
 *   logic), and what the preview shares with another island. Every page with an island shows replicas.
 * - the preview: what only the docked preview imports. The procedure pages and the simulator dock it; the
 *   diagnosis does not.
 * The rest is left to the bundler: the islands only some pages have (the diagnosis, the outcome matrix, the
 * toolbar), and the preview's details, loaded when they open. Grouped, the details would load at once with
 * those islands, which use parts of them.
 */
import type { AstroIntegration } from 'astro';
import { addChunkGroups, type ModuleGraph } from './chunk-groups.ts';

/** The island whose code, with all it imports, makes up the core chunk. */
const CORE_ISLAND = /\/src\/components\/simulator\/ScreenReplica\.tsx$/;
/** The docked preview, and its details, which it loads when they open. */
const PREVIEW_ISLAND = /\/src\/components\/simulator\/ClientPreview\.tsx$/;
const PREVIEW_DETAILS = /\/src\/components\/simulator\/PreviewDetails\.tsx$/;
/** The chunks' names, which their file names begin with. */
const SIMULATOR_CHUNK_NAME = 'simulator';
const PREVIEW_CHUNK_NAME = 'preview';
const RUNTIME_CHUNK_NAME = 'runtime';
/**
 * What the pages' plain scripts need before any island wakes (the checklist's and the dock's first part): kept out
 * of the core, so that a reader who only reads never loads the simulator.
 */
const PAGE_START = /\/src\/components\/(state\/(saved-state|done-steps|store|wake)|simulator\/(shortcut-request|dock-padding))\.ts$/;
const PAGE_START_CHUNK_NAME = 'page-start';

/**
 * The modules that import a module, directly or not, and that nothing imports statically: the islands, the
 * pages' scripts and the parts loaded by `import()`. A walk up its importers.
 */
function entriesOf(id: string, graph: ModuleGraph): string[] {
	const seen = new Set([id]);
	const queue = [id];
	const entries: string[] = [];
	for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
		const importers = graph.getModuleInfo(current)?.importers ?? [];
		if (importers.length === 0) entries.push(current);
		for (const importer of importers)
			if (!seen.has(importer)) {
				seen.add(importer);
				queue.push(importer);
			}
	}
	return entries;
}

/** The chunk a module belongs to (see above), or null where the bundler decides. */
function chunkOf(id: string, graph: ModuleGraph): string | null {
	const entries = entriesOf(id, graph);
	const from = (part: RegExp) => entries.some((entry) => part.test(entry));
	if (from(CORE_ISLAND)) return SIMULATOR_CHUNK_NAME;
	if (!from(PREVIEW_ISLAND)) return null;
	return entries.every((entry) => PREVIEW_ISLAND.test(entry) || PREVIEW_DETAILS.test(entry)) ? PREVIEW_CHUNK_NAME : SIMULATOR_CHUNK_NAME;
}

/** A group's name function: the chunk's name for the modules `chunkOf` gives it. */
const only = (name: string) => (id: string, graph: ModuleGraph) => (chunkOf(id, graph) === name ? name : null);

export function islandChunks(): AstroIntegration {
	return {
		name: 'project:island-chunks',
		hooks: {
			// The browser's build only: the server's bundles never reach a reader.
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				// The bundler's own helpers (virtual modules, such as the one behind a dynamic import) get a small chunk
				// of their own, claimed first: every page's scripts share them, and inside the core they would make every
				// page load the simulator.
				addChunkGroups(updateConfig, [
					{ name: (id) => (id.startsWith('\0') ? RUNTIME_CHUNK_NAME : null), priority: 1 },
					{ name: (id) => (PAGE_START.test(id) ? PAGE_START_CHUNK_NAME : null), priority: 1 },
					// The core first: the preview's group must not take what the core imports.
					{ name: only(SIMULATOR_CHUNK_NAME) },
					{ name: only(PREVIEW_CHUNK_NAME) },
				]);
			},
		},
	};
}
