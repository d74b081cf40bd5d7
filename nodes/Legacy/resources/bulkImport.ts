import { CSV_FROM_ITEMS, csvUpload, csvUploadFields, type CsvUploadOptions } from '../../shared/bulkCsv';
import { communityIdPath } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/types';

const importUpload: CsvUploadOptions = { operators: false, fileName: 'bulk-import.csv' };

export const bulkImport: ResourceSpec = {
	value: 'bulkImport',
	name: 'Bulk Import',
	description: 'Import many users from a CSV file',
	operations: [
		{
			value: 'importUsersFromCsv',
			name: 'Import Users From CSV',
			action: 'Import users from a CSV file',
			description: 'Queue an import of many users into a community from a CSV following the user-list template',
			route: 'legacyBulk.importUsersFromCsv',
			deprecated: true,
			fields: [
				...csvUploadFields(importUpload),
				{ ...communityIdPath(), in: 'form', description: 'The community to import into: its ID, a 24-character hex ObjectId (community settings > Appearance). Leave empty to use the Default Community ID of the credential.' },
			],
			execute: csvUpload(importUpload),
			allInputs: CSV_FROM_ITEMS,
		},
	],
};
