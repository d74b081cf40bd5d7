/* eslint-disable */
import { entry } from '../reference';
import { objectId, type Handler, type HandlerContext } from '../server';
import { parseCsv } from './bulk';

const OBJECT_ID = /^[0-9a-fA-F]{24}$/;
/** The product fields the bulk routes accept (products.bulkUpdate's body description), besides productID. */
const PRODUCT_FIELDS = ['name', 'price', 'description', 'type', 'categoryID', 'image', 'vouchers', 'voucherExpireDate', 'userInformation', 'expiringVoucherHighlight', 'productPermission'];
const NESTED = ['userInformation', 'expiringVoucherHighlight', 'productPermission'];

/**
 * The bulk product body: a raw JSON array (not wrapped in an object), or a multipart upload with a CSV
 * `file` part (header row + one row each; numbers in the price column). Returns the records or a 400 message.
 */
function bulkRecords(ctx: HandlerContext): { records?: any[]; problem?: string } {
	const { req } = ctx;
	if ((req.headers['content-type'] ?? '').includes('multipart/form-data')) {
		const file = (req.parts ?? []).find((p) => p.name === 'file' && p.filename !== undefined);
		if (!file) return { problem: '"file" is required (a CSV file part)' };
		const others = (req.parts ?? []).filter((p) => p !== file).map((p) => p.name);
		if (others.length) return { problem: `Unexpected multipart parts: ${others.join(', ')}` };
		const [header, ...rows] = parseCsv(file.text);
		if (!header || !rows.length) return { problem: 'The CSV file has no product rows' };
		const unknown = header.filter((h) => h !== 'productID' && !PRODUCT_FIELDS.includes(h));
		if (unknown.length) return { problem: `Unknown CSV columns: ${unknown.join(', ')}` };
		const records = rows.map((cells) => {
			const r: any = {};
			header.forEach((h, i) => {
				const v = cells[i] ?? '';
				if (v !== '') r[h] = h === 'price' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
			});
			return r;
		});
		return { records };
	}
	const body = req.body;
	if (typeof body === 'string') return { problem: 'Request body is not valid JSON' };
	if (!Array.isArray(body)) return { problem: 'Request body must be a JSON array of products' };
	if (!body.length) return { problem: 'Request body must contain at least one product' };
	return { records: body };
}

function recordProblem(r: any, i: number, update: boolean): string | undefined {
	const at = `[${i}]`;
	if (!r || typeof r !== 'object' || Array.isArray(r)) return `${at} must be an object`;
	for (const key of Object.keys(r)) {
		if (key === 'productID' ? !update : !PRODUCT_FIELDS.includes(key)) return `${at}.${key} is not allowed`;
	}
	if (update && !OBJECT_ID.test(String(r.productID ?? ''))) return `${at}.productID must be a valid ObjectId`;
	if (!update && (typeof r.name !== 'string' || r.name === '')) return `${at}.name is required`;
	if (!update && r.price === undefined) return `${at}.price is required`;
	if (r.price !== undefined && (typeof r.price !== 'number' || !Number.isFinite(r.price))) return `${at}.price must be a number`;
	for (const key of ['name', 'description', 'type', 'image', 'voucherExpireDate']) {
		if (r[key] !== undefined && typeof r[key] !== 'string') return `${at}.${key} must be a string`;
	}
	if (r.categoryID !== undefined && !OBJECT_ID.test(String(r.categoryID))) return `${at}.categoryID must be a valid ObjectId`;
	for (const key of NESTED) if (r[key] !== undefined && (typeof r[key] !== 'object' || Array.isArray(r[key]))) return `${at}.${key} must be an object`;
	if (r.vouchers !== undefined && !Array.isArray(r.vouchers)) return `${at}.vouchers must be an array`;
	if (r.vouchers !== undefined && r.voucherExpireDate === undefined) return `${at}.voucherExpireDate is required when vouchers are sent`;
	return undefined;
}

function bulkProducts(update: boolean): Handler {
	return (ctx) => {
		const { records, problem } = bulkRecords(ctx);
		if (problem) return ctx.fail(400, problem);
		for (let i = 0; i < records!.length; i++) {
			const p = recordProblem(records![i], i, update);
			if (p) return ctx.fail(400, p);
		}
		const list = ctx.sandbox.collection(ctx.sandbox.collectionPath('products.get'));
		const now = new Date().toISOString();
		if (!update) {
			for (const r of records!) list.push({ ...r, _id: objectId(), createdAt: now, updatedAt: now });
			return ctx.ok([], { status: 201, meta: { created: records!.length }, message: 'Products created.' });
		}
		const indexes = records!.map((r) => list.findIndex((x) => x._id === r.productID));
		const missing = records!.filter((_, i) => indexes[i] === -1).map((r) => r.productID);
		if (missing.length) return ctx.fail(404, `Products not found: ${missing.join(', ')}`);
		records!.forEach(({ productID, vouchers, ...changes }, i) => {
			const before = list[indexes[i]];
			list[indexes[i]] = { ...before, ...changes, ...(vouchers ? { vouchers: [...(before.vouchers ?? []), ...vouchers] } : {}), updatedAt: now };
		});
		return ctx.ok([], { meta: { updated: records!.length }, message: 'Products updated.' });
	};
}

const initialConfig = () => (entry('storeConfig.get').response.example as any).data;

export const storeHandlers: Record<string, Handler> = {
	/** Bulk create / update: the body is validated here (a raw array or a CSV upload, not a JSON object). */
	'products.bulkCreate': bulkProducts(false),
	'products.bulkUpdate': bulkProducts(true),
	/** The store configuration is one object per community: GET reads it, PUT merges into it. */
	'storeConfig.get': (ctx) => {
		const config = ctx.sandbox.state.get('storeConfig') ?? initialConfig();
		return ctx.ok(config);
	},
	'storeConfig.update': (ctx) => {
		const body = ctx.req.body ?? {};
		if (body.widget && (body.widget.widgetID !== undefined || body.widget._id !== undefined)) {
			return ctx.fail(400, '"widget.widgetID" and "widget._id" must not be sent');
		}
		const before = ctx.sandbox.state.get('storeConfig') ?? initialConfig();
		if (body.isEnabled === true && !body.title && !before?.title) {
			return ctx.fail(400, '"title" is required when isEnabled is true');
		}
		const merged = { ...(before ?? {}), ...body, updatedAt: new Date().toISOString() };
		ctx.sandbox.state.set('storeConfig', merged);
		return ctx.ok(merged);
	},
	/** Purchase histories are orders: found by ObjectId or order ID; voucher code and expiry go together. */
	'purchaseHistories.update': (ctx) => {
		const body = ctx.req.body ?? {};
		if ((body.voucherCode === undefined) !== (body.voucherExpiryDate === undefined)) {
			return ctx.fail(400, 'voucherCode and voucherExpiryDate must be sent together');
		}
		const list = ctx.sandbox.collection('/v1/purchase-histories');
		const id = ctx.params.purchaseHistoryID;
		const i = list.findIndex((r) => r._id === id || r.orderID === id);
		if (i === -1) return ctx.fail(404, 'Purchase history not found');
		const record = list[i];
		if (body.redemptionInstructions !== undefined) record.product = { ...record.product, redemptionInstructions: body.redemptionInstructions };
		if (body.voucherCode !== undefined) record.voucher = { code: body.voucherCode, expiryDate: body.voucherExpiryDate };
		record.updatedAt = new Date().toISOString();
		return ctx.ok(record);
	},
};
