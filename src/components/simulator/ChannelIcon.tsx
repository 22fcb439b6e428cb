/** Decorative channel icons; the channel is always also written out in text. */
import type { Channel } from '../../lib/model/config.ts';

const PATHS: Record<Channel, string> = {
	// A bell: the notification inside ONVIO.
	onvio: 'M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0',
	// A phone: push on the ONVIO app.
	push: 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm3 17h2',
	// An envelope: e-mail.
	email: 'M3 6h18v12H3zm0 0 9 7 9-7',
};

export default function ChannelIcon({ channel }: { channel: Channel }) {
	return (
		<svg class="channel-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
			<path d={PATHS[channel]} fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
		</svg>
	);
}
