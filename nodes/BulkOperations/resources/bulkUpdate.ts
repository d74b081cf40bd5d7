import { CSV_FROM_ITEMS, csvUpload, csvUploadFields, type CsvUploadOptions } from '../../shared/bulkCsv';
import type { FieldSpec, OperationSpec, ResourceSpec } from '../../shared/types';

const jobId = (): FieldSpec => ({
	name: 'jobId',
	label: 'Job ID',
	type: 'string',
	in: 'path',
	required: true,
	placeholder: 'e.g. 6502c9e514a3e564c5c09c0a',
	description: 'The bulk job ID, as the API returns it from an upload or from Get Many (the reference does not document its format)',
});

const getStatus: OperationSpec = {
	value: 'getStatus',
	name: 'Get Status',
	action: 'Get the status of a bulk update job',
	description: 'Get the processing status of one bulk update job',
	route: 'bulkUpdates.getStatus',
	notFoundLabel: 'bulk job',
	fields: [jobId()],
};

const usersUpload: CsvUploadOptions = { operators: true, fileName: 'bulk-update.csv', statusRoute: 'bulkUpdates.getStatus' };
const currencyUpload: CsvUploadOptions = { operators: true, fileName: 'premium-currency.csv', statusRoute: 'bulkUpdates.getStatus' };

export const bulkUpdate: ResourceSpec = {
	value: 'bulkUpdate',
	name: 'Bulk Update',
	description: 'Asynchronous updates of many users from a CSV file',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many bulk update jobs',
			description: "List the community's bulk user-update jobs",
			route: 'bulkUpdates.getMany',
			list: { style: 'none', maxPageSize: 1000 },
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a bulk update job',
			description: 'Get the full details of one bulk update job, e.g. its per-row results',
			route: 'bulkUpdates.get',
			notFoundLabel: 'bulk job',
			fields: [jobId()],
		},
		getStatus,
		{
			value: 'updateUsersFromCsv',
			name: 'Update Users From CSV',
			action: 'Update users from a CSV file',
			description:
				"Queue an update of many users' fields from a CSV (each numeric column, e.g. xp, needs a preceding operator column, e.g. xp_op: add, subtract or overwrite).",
			route: 'bulkUpdates.updateUsersFromCsv',
			fields: csvUploadFields(usersUpload),
			execute: csvUpload(usersUpload, getStatus),
			allInputs: CSV_FROM_ITEMS,
		},
		{
			value: 'updatePremiumCurrencyFromCsv',
			name: 'Update Premium Currency From CSV',
			action: 'Update premium currency from a CSV file',
			description: "Queue a premium-currency balance adjustment for many users from a CSV (with the same _op operator columns as the user update)",
			route: 'bulkUpdates.updatePremiumCurrencyFromCsv',
			fields: csvUploadFields(currencyUpload),
			execute: csvUpload(currencyUpload, getStatus),
			allInputs: CSV_FROM_ITEMS,
		},
	],
};
