import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { communityIdPath, objectIdPath } from '../../shared/fields';
import type { FieldSpec, ListSpec, OperationSpec, ResourceSpec } from '../../shared/types';
import { fieldId } from './userField';

const userId = (): FieldSpec => objectIdPath('userId', 'User ID', "The user's ID (_id, a 24-character hex ObjectId)", { placeholder: 'e.g. 61100af5c548eb5c7ebc7819' });

/** Paging of the history lists: page/limit in the query (names assumed by the reference). */
const LIST: ListSpec = { style: 'page', maxPageSize: 100 };

const fieldKey = (): FieldSpec => ({
	name: 'field',
	label: 'Field Key',
	type: 'string',
	in: 'body',
	required: true,
	picker: 'searchUserFieldKeys',
	placeholder: 'e.g. department',
	description: 'The user field whose value changes: from the list, or its key (the database name given at creation, e.g. department)',
});

const VALUE_TYPES = [
	{ name: 'Text', value: 'string' },
	{ name: 'Number', value: 'number' },
	{ name: 'Boolean', value: 'boolean' },
	{ name: 'JSON', value: 'json' },
];

/** The new value is typed text; Options > Value Type turns it into a number, boolean or JSON value. */
const valueFields = (): FieldSpec[] => [
	{ name: 'value', label: 'Value', type: 'string', in: 'body', required: true, placeholder: 'e.g. Sales', description: 'The new value of the field' },
	{ name: 'valueType', label: 'Value Type', type: 'options', in: 'none', group: 'options', options: VALUE_TYPES, default: 'string', description: 'How to send Value: as text, a number, true/false, or parsed JSON' },
];

async function typeValue(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	const type = ((this.getNodeParameter('options', {}) as IDataObject).valueType as string | undefined) ?? 'string';
	const raw = body.value;
	const fail = (message: string) => {
		throw new NodeOperationError(this.getNode(), message, {
			description: "Change 'Value', or set Options > Value Type to match it.",
			itemIndex: this.getItemIndex(),
		});
	};
	if (type === 'number') {
		const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
		if (String(raw).trim() === '' || !Number.isFinite(n)) fail(`The parameter 'Value' must be a number when Value Type is Number, got '${String(raw)}'`);
		body.value = n;
	} else if (type === 'boolean') {
		const text = String(raw).trim().toLowerCase();
		if (text !== 'true' && text !== 'false') fail(`The parameter 'Value' must be true or false when Value Type is Boolean, got '${String(raw)}'`);
		body.value = text === 'true';
	} else if (type === 'json' && typeof raw === 'string') {
		try {
			body.value = JSON.parse(raw) as IDataObject;
		} catch (error) {
			fail(`The parameter 'Value' is not valid JSON: ${(error as Error).message}`);
		}
	}
	requestOptions.body = body;
	return requestOptions;
}

const list = (op: Omit<OperationSpec, 'list'>): OperationSpec => ({ ...op, list: LIST });

export const userFieldHistory: ResourceSpec = {
	value: 'userFieldHistory',
	name: 'User Field History',
	description: 'Recorded changes of user field values',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a user field history entry',
			description: 'Record a new value of a user field for a user named in the body',
			route: 'userFieldHistories.create',
			fields: [communityIdPath(), { ...userId(), in: 'body', description: 'The user whose field value changes: their ID (_id, a 24-character hex ObjectId)' }, fieldKey(), ...valueFields()],
			preSend: typeValue,
		},
		{
			value: 'createForUser',
			name: 'Create for User',
			action: 'Create a user field history entry for a user',
			description: 'Record a new value of a user field for the user in the path',
			route: 'userFieldHistories.createForUser',
			fields: [communityIdPath(), userId(), fieldKey(), ...valueFields()],
			preSend: typeValue,
		},
		list({
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many user field history entries',
			description: 'List the recorded user field value changes of the community, optionally only of one field and/or one user',
			route: 'userFieldHistories.getManyInCommunity',
			fields: [
				communityIdPath(),
				{ name: 'fieldId', label: 'User Field ID', type: 'string', in: 'query', group: 'filters', objectId: true, placeholder: 'e.g. 507f1f77bcf86cd799439011', description: 'Only changes of this user field: its ID (24-character hex ObjectId)' },
				{ name: 'userId', label: 'User ID', type: 'string', in: 'query', group: 'filters', objectId: true, placeholder: 'e.g. 61100af5c548eb5c7ebc7819', description: 'Only changes of this user: their ID (_id, a 24-character hex ObjectId)' },
			],
		}),
		list({
			value: 'getAllForField',
			name: 'Get Many for Field',
			action: 'Get many history entries of a user field',
			description: 'List the value changes of one user field across users',
			route: 'userFieldHistories.getManyForField',
			notFoundLabel: 'user field',
			fields: [communityIdPath(), fieldId()],
		}),
		list({
			value: 'getAllForFieldAndUser',
			name: 'Get Many for Field and User',
			action: 'Get many history entries of a user field for a user',
			description: 'List the value history of one user field for one user',
			route: 'userFieldHistories.getManyForFieldAndUser',
			notFoundLabel: 'user field',
			fields: [communityIdPath(), userId(), fieldId()],
		}),
		list({
			value: 'getAllForUser',
			name: 'Get Many for User',
			action: 'Get many history entries of a user',
			description: 'List all user field value changes of one user',
			route: 'userFieldHistories.getManyForUser',
			notFoundLabel: 'user',
			fields: [communityIdPath(), userId()],
		}),
	],
};
