/* eslint-disable */
import type { Handler } from '../server';

const ORDERS = '/v1/redemption-transactions';
const STATUSES = '/v1/redemption-statuses';

/**
 * Custom sandbox handlers for the Rewards routes (route id -> handler); routes not listed use the generic REST model.
 * Orders live in the /v1/redemption-transactions collection ({transactionId, email, statusId, status});
 * statuses in /v1/redemption-statuses; each status change is appended to the order's `statusHistory` state.
 */
export const rewardsHandlers: Record<string, Handler> = {
	'redemptionOrders.getMany': (ctx) => ctx.ok(ctx.sandbox.collection(ORDERS).map(({ email, ...o }) => o)),
	'redemptionOrders.getManyByEmail': (ctx) => {
		const email = String(ctx.req.body.email).toLowerCase();
		return ctx.ok(ctx.sandbox.collection(ORDERS).filter((o) => String(o.email ?? '').toLowerCase() === email));
	},
	'redemptionOrders.updateStatus': (ctx) => {
		const { transactionId, statusId } = ctx.req.body;
		if (!/^[0-9a-fA-F]{24}$/.test(statusId)) return ctx.fail(400, '"statusId" must be a valid ObjectId');
		const order = ctx.sandbox.collection(ORDERS).find((o) => o.transactionId === transactionId);
		if (!order) return ctx.fail(404, 'Transaction not found');
		const status = ctx.sandbox.collection(STATUSES).find((s) => s._id === statusId);
		if (!status) return ctx.fail(404, 'Redemption status not found');
		order.statusId = statusId;
		order.status = { _id: status._id, name: status.name, category: status.category, color: status.color };
		const history = ctx.sandbox.state.get(`history:${transactionId}`) ?? [];
		history.push({ statusId, status: order.status, changedAt: new Date().toISOString() });
		ctx.sandbox.state.set(`history:${transactionId}`, history);
		return ctx.ok({ transactionId, statusId, status: order.status }, { message: 'Transaction status updated successfully' });
	},
	'redemptionOrders.getStatusHistory': (ctx) => {
		const id = ctx.params.transactionId;
		if (!ctx.sandbox.collection(ORDERS).some((o) => o.transactionId === id)) return ctx.fail(404, 'Transaction not found');
		return ctx.ok(ctx.sandbox.state.get(`history:${id}`) ?? []);
	},
};
