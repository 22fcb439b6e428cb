/**
 * Named chunks of the browser's build, for the integrations that group modules (island-chunks.ts,
 * search-on-open.ts). Vite adds up the groups of several integrations in the order they run; among them, a
 * higher `priority` claims its modules first, then the order decides. A group also takes what its modules
 * import, unless an earlier group has it.
 */
import type { AstroIntegration } from 'astro';

/** What a group's name function may read of the module graph. */
export interface ModuleGraph {
	getModuleInfo(id: string): { importers: readonly string[] } | null;
}

export interface ChunkGroup {
	/** The chunk's name for a module the group takes, or null for a module it leaves. */
	name: (id: string, graph: ModuleGraph) => string | null;
	priority?: number;
}

type UpdateConfig = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['updateConfig'];

/** Adds groups to the browser's build; the server's bundles never reach a reader. */
export function addChunkGroups(updateConfig: UpdateConfig, groups: ChunkGroup[]): void {
	updateConfig({ vite: { environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups } } } } } } } });
}
