/**
 * The configuration the procedure talks about: which checkboxes are on, and small helpers to read,
 * change, compare and enumerate them. Pure data; no DOM.
 */
import { SAMPLE } from '../catalogue/sample.ts';
import {
	ENTITY_LIST,
	SETTINGS,
	SETTING_IDS,
	entityScopeOf,
	isEntitySetting,
	type EntityScope,
	type EntitySettingId,
	type GlobalSettingId,
	type SettingId,
} from '../catalogue/settings.ts';

export type Channel = 'onvio' | 'push' | 'email'; // in ONVIO, push in the ONVIO app, e-mail
import type { System } from '../catalogue/site.ts';

export type { System };
export type EventKind = 'document-from-dominio' | 'task-completed' | 'manual-upload';

/** Value lists of the union types above, in the order the site shows them. */
export const CHANNELS = ['onvio', 'push', 'email'] as const satisfies readonly Channel[];
export const SYSTEMS = ['onvio-portal', 'dominio-processos'] as const satisfies readonly System[];
export const EVENT_KINDS = [
	'document-from-dominio',
	'task-completed',
	'manual-upload',
] as const satisfies readonly EventKind[];

export interface Config {
	gestao: { onvio: boolean; push: boolean; email: boolean }; // Documentos > Funcionário Adiciona Novo Arquivo
	portal: { emailOnProcessosPublication: boolean }; // Parâmetros: 'Enviar avisos por e-mail ao cliente, ...'
	processos: { tasks: Record<string, boolean>; clients: Record<string, boolean> }; // 'Notificar cliente' / 'Notificar Cliente'
}

export interface SimEvent {
	kind: EventKind;
	clientId: string;
	taskId?: string;
}

/** The sample office shape every enumeration works over; SAMPLE by default. */
export interface SampleLike {
	readonly clients: readonly { readonly id: string; readonly name: string }[];
	readonly tasks: readonly { readonly id: string; readonly name: string }[];
}


/**
 * One checkbox instance: a global setting, or the per-task / per-client flag of one task or client of the
 * sample (`entity`, its id). Which of the two a setting is comes from the catalogue's `scope`.
 */
export type SettingRef = { id: GlobalSettingId } | EntityRef;
export type EntityRef = { id: EntitySettingId; entity: string };

export function isEntityRef(ref: SettingRef): ref is EntityRef {
	return isEntitySetting(ref.id);
}

/** The task or client a per-task or per-client box belongs to, named as the sample names it (its id otherwise). */
export function entityOf(ref: EntityRef, sample: SampleLike = SAMPLE): { scope: EntityScope; id: string; name: string } {
	const scope = entityScopeOf(ref.id);
	const name = sample[ENTITY_LIST[scope]].find((entry) => entry.id === ref.entity)?.name ?? ref.entity;
	return { scope, id: ref.entity, name };
}

/** The tasks or the clients of a config that an entity setting's flags are kept in. */
function flagsOf(config: Config, id: EntitySettingId): Record<string, boolean> {
	return config.processos[ENTITY_LIST[entityScopeOf(id)]];
}

/**
 * A checkbox instance's one name, as a shareable link writes it: the catalogue's `urlKey`, plus `.<sample id>`
 * for a task or a client: `onvio`, `aviso`, `tarefa.das`, `cliente.padaria`. Links pasted into tickets carry
 * these for years (locked by tests/lib/url-state.test.ts); explanations, the diagnosis and the replicas'
 * `data-setting` use the same name. settingKey and parseSettingKey are its one codec.
 */
export type SettingKey = string;

const GESTAO_CHANNEL: Record<'gestao.onvio' | 'gestao.push' | 'gestao.email', Channel> = {
	'gestao.onvio': 'onvio',
	'gestao.push': 'push',
	'gestao.email': 'email',
};

export function settingKey(ref: SettingRef): SettingKey {
	const base = SETTINGS[ref.id].urlKey;
	return isEntityRef(ref) ? `${base}.${ref.entity}` : base;
}

/** The inverse of settingKey, for any task or client id; undefined for anything that is not a well-formed key. */
export function parseSettingKey(key: string): SettingRef | undefined {
	const dot = key.indexOf('.');
	const base = dot < 0 ? key : key.slice(0, dot);
	const target = dot < 0 ? undefined : key.slice(dot + 1);
	const id = SETTING_IDS.find((candidate) => SETTINGS[candidate].urlKey === base);
	if (id === undefined || target === '') return undefined;
	if (isEntitySetting(id)) return target === undefined ? undefined : { id, entity: target };
	return target === undefined ? { id } : undefined;
}

/**
 * Reads one checkbox. A task or client missing from the config is at its default, on
 * ("todas marcadas"), the same convention the URL state uses for settings it leaves out.
 */
export function getSetting(config: Config, ref: SettingRef): boolean {
	if (isEntityRef(ref)) return flag(flagsOf(config, ref.id), ref.entity);
	switch (ref.id) {
		case 'gestao.onvio':
		case 'gestao.push':
		case 'gestao.email':
			return config.gestao[GESTAO_CHANNEL[ref.id]];
		case 'portal.emailOnProcessosPublication':
			return config.portal.emailOnProcessosPublication;
	}
}

// Object.hasOwn keeps ids such as "constructor" from reading Object.prototype.
function flag(record: Record<string, boolean>, id: string): boolean {
	return Object.hasOwn(record, id) ? record[id] !== false : true;
}

/** Returns a new config with one checkbox changed; the input is left untouched. */
export function setSetting(config: Config, ref: SettingRef, value: boolean): Config {
	const next = cloneConfig(config);
	writeSetting(next, ref, value);
	return next;
}

// Mutates in place: only for configs this module has just created.
function writeSetting(config: Config, ref: SettingRef, value: boolean): void {
	if (isEntityRef(ref)) {
		defineFlag(flagsOf(config, ref.id), ref.entity, value);
		return;
	}
	switch (ref.id) {
		case 'gestao.onvio':
		case 'gestao.push':
		case 'gestao.email':
			config.gestao[GESTAO_CHANNEL[ref.id]] = value;
			break;
		case 'portal.emailOnProcessosPublication':
			config.portal.emailOnProcessosPublication = value;
			break;
	}
}

// defineProperty, not assignment: an id like "__proto__" must become a plain own key.
function defineFlag(record: Record<string, boolean>, id: string, value: boolean): void {
	Object.defineProperty(record, id, { value, enumerable: true, writable: true, configurable: true });
}

function cloneConfig(config: Config): Config {
	return {
		gestao: { ...config.gestao },
		portal: { ...config.portal },
		processos: { tasks: copyRecord(config.processos.tasks), clients: copyRecord(config.processos.clients) },
	};
}

function copyRecord(record: Record<string, boolean>): Record<string, boolean> {
	const copy: Record<string, boolean> = {};
	for (const id of Object.keys(record)) defineFlag(copy, id, record[id] === true);
	return copy;
}

/** The checkbox instances of one setting: one for a global setting, one per sample task or client otherwise. */
export function refsOfSetting(id: SettingId, sample: SampleLike = SAMPLE): SettingRef[] {
	if (isEntitySetting(id)) return sample[ENTITY_LIST[entityScopeOf(id)]].map((entry) => ({ id, entity: entry.id }));
	return [{ id }];
}

/** Every checkbox instance of a sample office, in catalogue order (the order of the URL keys). */
export function allSettingRefs(sample: SampleLike = SAMPLE): SettingRef[] {
	return SETTING_IDS.flatMap((id) => refsOfSetting(id, sample));
}

/** A config with every checkbox of the sample set to one value. */
export function uniformConfig(value: boolean, sample: SampleLike = SAMPLE): Config {
	const tasks: Record<string, boolean> = {};
	const clients: Record<string, boolean> = {};
	for (const t of sample.tasks) defineFlag(tasks, t.id, value);
	for (const c of sample.clients) defineFlag(clients, c.id, value);
	return {
		gestao: { onvio: value, push: value, email: value },
		portal: { emailOnProcessosPublication: value },
		processos: { tasks, clients },
	};
}

/** "Todas marcadas": the state before the office follows either option. */
export function defaultConfig(sample: SampleLike = SAMPLE): Config {
	return uniformConfig(true, sample);
}

/** The config whose i-th checkbox (in `refs` order) is bit i of `bits`. Used by exhaustive loops. */
export function configFromBits(bits: number, refs: readonly SettingRef[] = allSettingRefs()): Config {
	const config = uniformConfig(false, { clients: [], tasks: [] });
	refs.forEach((ref, i) => writeSetting(config, ref, ((bits >>> i) & 1) === 1));
	return config;
}

/** Every configuration of the sample's checkboxes: 2^(3 + 1 + tasks + clients) of them. */
export function* allConfigs(sample: SampleLike = SAMPLE): Generator<Config> {
	const refs = allSettingRefs(sample);
	const count = 2 ** refs.length;
	for (let bits = 0; bits < count; bits++) yield configFromBits(bits, refs);
}

/** Keeps exactly the sample's tasks and clients, filling missing ones with the default (on). */
export function normalizeConfig(config: Config, sample: SampleLike = SAMPLE): Config {
	const next = uniformConfig(true, sample);
	for (const ref of allSettingRefs(sample)) writeSetting(next, ref, getSetting(config, ref));
	return next;
}

/** Same value for every checkbox of the sample. */
export function sameSettings(a: Config, b: Config, sample: SampleLike = SAMPLE): boolean {
	return allSettingRefs(sample).every((ref) => getSetting(a, ref) === getSetting(b, ref));
}

/** Of which of the office's tasks (or clients) something holds: all of them, some, or none. */
export type Coverage = 'all' | 'some' | 'none';

export function coverageOfValues(values: readonly boolean[]): Coverage {
	if (values.every(Boolean)) return 'all';
	if (!values.some(Boolean)) return 'none';
	return 'some';
}

/** On which of the sample's tasks or clients a per-task or per-client flag is marked. */
export function coverageOf(config: Config, id: EntitySettingId, sample: SampleLike = SAMPLE): Coverage {
	return coverageOfValues(refsOfSetting(id, sample).map((ref) => getSetting(config, ref)));
}
