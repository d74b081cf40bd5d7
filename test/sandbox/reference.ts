/* eslint-disable */
// The sandbox's own copy of the Returning.AI reference (test/sandbox/reference/endpoints.json).
import { readFileSync } from 'fs';
import { join } from 'path';

export interface RefField {
	name: string;
	type: string;
	required: boolean;
	description?: string;
	enum?: Array<string | number> | null;
	default?: unknown;
}

export interface RefEntry {
	id: string;
	node: string;
	resource: string;
	operation: string;
	method: string;
	baseUrl: string;
	path: string;
	pathStatus: 'documented' | 'inferred' | 'guessed';
	auth: 'bearer' | 'x-api-key' | 'secure-auth' | 'incoming-webhook';
	deprecated: boolean;
	pathParams: RefField[];
	query: RefField[];
	body: { contentType: string; fields: RefField[]; example?: unknown } | null;
	response: { status: number; envelope: string; example: unknown };
	pagination: { style: string; in?: string; params?: string[]; pageSize?: number; pageSizeMax?: number };
	headers?: Array<{ name: string; required?: boolean }>;
	duplicateOf?: string;
	notes?: string;
}

export const REFERENCE_DIR = join(__dirname, 'reference');

export const reference: RefEntry[] = JSON.parse(readFileSync(join(REFERENCE_DIR, 'endpoints.json'), 'utf8'));

export function entry(id: string): RefEntry {
	const found = reference.find((e) => e.id === id);
	if (!found) throw new Error(`No reference entry ${id}`);
	return found;
}

/** The envelope family of an entry: management, integration, legacy or other. */
export function envelopeOf(e: RefEntry): 'management' | 'integration' | 'legacy' | 'other' {
	const text = e.response.envelope;
	if (text.startsWith('management')) return 'management';
	if (text.startsWith('integration')) return 'integration';
	if (text.startsWith('legacy')) return 'legacy';
	return 'other';
}

/** Permission a key needs for an entry: the category (node) name, lower-case, e.g. `store`, `user fields`. */
export function permissionOf(e: RefEntry): string {
	return e.node.toLowerCase();
}
