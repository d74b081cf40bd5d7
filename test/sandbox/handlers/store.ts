/* eslint-disable */
import { entry } from '../reference';
import type { Handler } from '../server';

const initialConfig = () => (entry('storeConfig.get').response.example as any).data;

export const storeHandlers: Record<string, Handler> = {
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
