import type {
	IExecuteSingleFunctions,
	INodeProperties,
	INodePropertyTypeOptions,
	NodeParameterValueType,
} from 'n8n-workflow';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One line of the path table (routes.ts). */
export interface Route {
	method: HttpMethod;
	/** Path with `{param}` placeholders; filled from the operation's `in: 'path'` fields. */
	path: string;
	/** How sure the reference is of the path: documented, inferred from a sibling, or guessed. */
	status: 'documented' | 'inferred' | 'guessed';
	auth: 'bearer' | 'x-api-key' | 'secure-auth' | 'incoming-webhook';
	/** Only for routes not served from the credential's Base URL, with `{param}` placeholders. */
	host?: string;
}

/**
 * How a field looks in n8n and how its value is converted before it goes on the wire:
 * - string, number, boolean, options, multiOptions: as entered
 * - json: a JSON parameter; strings are parsed (clear error on bad JSON)
 * - dateTime: any date n8n produces, sent as ISO 8601 (UTC)
 * - dateDMY / dateYMD: any date n8n produces (or the target format itself), sent as DD/MM/YYYY or YYYY-MM-DD
 * - stringList: comma-separated text (or an array from an expression), sent as an array of strings
 * - binary: the name of an input binary property, sent as a file part of a multipart body
 */
export type FieldType =
	| 'string'
	| 'number'
	| 'boolean'
	| 'options'
	| 'multiOptions'
	| 'json'
	| 'dateTime'
	| 'dateDMY'
	| 'dateYMD'
	| 'stringList'
	| 'binary';

/** Where a field's value goes: a path placeholder, the query string, the JSON body, a header, a multipart part, or nowhere (used by a transform). */
export type FieldLocation = 'path' | 'query' | 'body' | 'header' | 'form' | 'host' | 'none';

/** Collections that hold optional fields; each becomes one n8n `collection` parameter per operation. */
export type FieldGroup = 'additionalFields' | 'updateFields' | 'filters' | 'options';

export interface OptionSpec {
	name: string;
	value: string | number | boolean;
	description?: string;
}

export interface FieldSpec {
	/** n8n parameter name. Never rename after release (add a node version instead). */
	name: string;
	label: string;
	type: FieldType;
	in: FieldLocation;
	/** Name on the wire, when it differs from `name`. Dot notation builds nested JSON bodies. */
	wire?: string;
	/** Top-level and must not be empty. Fields that are neither required nor grouped are top-level and optional. */
	required?: boolean;
	/** Put this optional field into a collection ("Additional Fields", "Update Fields", "Filters", "Options"). */
	group?: FieldGroup;
	description?: string;
	default?: NodeParameterValueType;
	placeholder?: string;
	hint?: string;
	options?: Array<string | OptionSpec>;
	/** Validate as a 24-hex MongoDB ObjectId before the call. */
	objectId?: boolean;
	/** Name of a listSearch method: the field becomes a resource locator (From List / By ID / By URL-less ID). */
	picker?: string;
	/** Resource locators only: adds a "By Email" mode (an email address, checked in the editor). */
	byEmail?: boolean;
	/** When empty, take the value from this credential field (e.g. the default Community ID). */
	credentialFallback?: string;
	password?: boolean;
	typeOptions?: INodePropertyTypeOptions;
	/**
	 * Body fields only: merge the keys of this (JSON object) value into the body instead of setting one
	 * key; keys set by the operation's other fields win. For free-form "extra fields" inputs.
	 */
	spread?: boolean;
	/**
	 * Extra n8n property keys, e.g. `displayOptions` that depend on another field of the same operation
	 * (a top-level field hidden by them is skipped: neither sent nor checked as required), or a
	 * `fixedCollection` shape whose value a `transform` turns into the wire form (see keyValue.ts).
	 */
	property?: Partial<INodeProperties>;
	/** Turns the converted value into its wire form (after validation). */
	transform?: (value: unknown, ctx: IExecuteSingleFunctions) => unknown | Promise<unknown>;
	/** Extra validation: returns a message (what is wrong and how to fix it) or undefined. */
	validate?: (value: unknown) => string | undefined;
	/**
	 * Top-level fields only: the node versions that have this parameter (see VersionRange). A changed
	 * parameter type is a new field with a new name from the new version on, the old one kept `until` the last.
	 */
	versions?: VersionRange;
}

/** Node versions, both ends included; either end open. E.g. `{ until: 1 }`: version 1 only; `{ since: 1.1 }`: 1.1 and later. */
export interface VersionRange {
	since?: number;
	until?: number;
}

/**
 * The versions of an action node, for light versioning (n8n's `version: [1, 1.1]` with `@version`
 * displayOptions). n8n leaves parameters at their default out of a saved workflow, so a changed default
 * (or a changed operation list) needs a new version; workflows saved with an older version keep it.
 */
export interface NodeVersions {
	/** Every version, oldest first, e.g. `[1, 1.1]`; the newest is the one new nodes get. */
	versions: number[];
	/**
	 * What a node opens on from a version on: the Resource default, and that resource's Operation default.
	 * Versions before the first entry open on the first resource of the spec and its first operation.
	 */
	defaults?: Array<{ since: number; resource: string; operation: string }>;
}

export type PaginationStyle =
	/** `page` + `limit` in the query string. */
	| 'page'
	/** `page` + `limit` in the JSON body. */
	| 'pageBody'
	/** `skip` + `limit` in the query string. */
	| 'skip'
	/** `cursor` in the JSON body, from the previous page's `next_cursor`; fixed page size. If the operation sends a `page` number in the body instead, pages on from it (page + 1 while current_page < total_pages). */
	| 'cursor'
	/** No documented paging: one call, Limit trims the output. */
	| 'none';

export interface ListSpec {
	style: PaginationStyle;
	/** Largest page the API accepts (or its fixed page size for `cursor`). */
	maxPageSize: number;
	/** Where the array sits inside the unwrapped payload, when not the payload itself (dot path). */
	itemsPath?: string;
	/** Name of the page-size parameter on the wire; default `limit`. With style `none`, set it to send Limit as that query parameter (e.g. `count`). */
	limitParam?: string;
}

export interface OperationSpec {
	/** Option value (never renamed after release), e.g. `getAll`. */
	value: string;
	/** Title Case name shown in n8n, e.g. `Get Many`. */
	name: string;
	/** Sentence-case action, e.g. `Get many categories`. */
	action: string;
	description: string;
	route: import('./routes').RouteId;
	fields?: FieldSpec[];
	/** A list operation: adds Return All + Limit and pages through the results. */
	list?: ListSpec;
	/** Output shape: `items` (default: one item per array element, or the object), `deleted` (`{ deleted: true }`), `raw` (the whole response body). */
	output?: 'items' | 'deleted' | 'raw';
	/** Where the object(s) to output sit inside the unwrapped payload (dot path), for non-list operations. */
	outputPath?: string;
	/** Adds a Simplify toggle (on by default) that keeps only these keys of each output item. */
	simplify?: string[];
	/** Fixed values merged into the body / query string. */
	staticBody?: Record<string, unknown>;
	staticQuery?: Record<string, unknown>;
	/** Body encoding; default JSON (multipart when a field is `in: 'form'`). */
	/** Human name of the thing a 404 refers to, e.g. `category`; defaults to the resource name. */
	notFoundLabel?: string;
	/** Escape hatch: adjusts the finished request (runs after the generic builder). */
	preSend?: (
		this: IExecuteSingleFunctions,
		requestOptions: import('n8n-workflow').IHttpRequestOptions,
	) => Promise<import('n8n-workflow').IHttpRequestOptions>;
	/** Escape hatch: adjusts the output items (runs after unwrapping). */
	postProcess?: (
		this: IExecuteSingleFunctions,
		items: import('n8n-workflow').INodeExecutionData[],
	) => Promise<import('n8n-workflow').INodeExecutionData[]>;
	/** Marks the operation deprecated in its description (Legacy). */
	deprecated?: boolean;
	/** The node versions that list this operation (default: all). E.g. `{ until: 1 }` for an operation a newer version replaced. */
	versions?: VersionRange;
	/**
	 * Operations with `execute` whose one call can cover every input item (e.g. CSV Source = Build From
	 * Input Items): when the parameter `parameter` is `value`, the first item's call covers all items and the
	 * other items make no call and output nothing. Makes the operation an n8n custom operation
	 * (nodes/shared/customOperation.ts): n8n then skips RoutingNode's per-item work for the other items.
	 */
	allInputs?: { parameter: string; value: string };
	/**
	 * Escape hatch: runs the operation in place of the single request (several calls such as polling, or
	 * none for this item). Gets the request built from the spec; `run.send` sends a request with the
	 * credential and returns its unwrapped payload (errors mapped as usual), `run.toItems` gives the
	 * operation's normal output for a payload. Wired as a pagination function, so RoutingNode still does
	 * the per-item loop, Continue On Fail and batching.
	 */
	execute?: (
		this: IExecuteSingleFunctions,
		request: import('n8n-workflow').IHttpRequestOptions,
		run: OperationRunner,
	) => Promise<import('n8n-workflow').INodeExecutionData[]>;
}

export interface OperationRunner {
	/** Sends a request with the credential; returns the unwrapped payload. `errorsAs` names the operation whose wording a failure uses (default: this one). */
	send(options: import('n8n-workflow').IHttpRequestOptions, errorsAs?: OperationSpec): Promise<unknown>;
	/** The operation's normal output items for a payload. */
	toItems(payload: unknown): import('n8n-workflow').INodeExecutionData[];
}

export interface ResourceSpec {
	/** Option value (never renamed after release), e.g. `category`. */
	value: string;
	/** Title Case singular name, e.g. `Category`. */
	name: string;
	description?: string;
	operations: OperationSpec[];
}
