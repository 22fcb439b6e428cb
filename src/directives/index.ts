/** The project's own client directives, registered as a small Astro integration. */
import type { AstroIntegration } from 'astro';

export default function clientDirectives(): AstroIntegration {
	return {
		name: 'project:client-directives',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({ name: 'replay', entrypoint: './src/directives/replay.ts' });
			},
		},
	};
}
