/* eslint-disable */
import type { Sandbox } from './server';

/** Demo data for `npm run sandbox`, the real-n8n demo and the e2e: a small, believable community. */
export function seedDemo(sandbox: Sandbox): void {
	const categories = sandbox.seed('categories.getMany', 3, (i) => ({ name: ['Premium Rewards', 'Merch', 'Vouchers'][i], displayOrder: i, isArchived: false, viewType: 'full' }));
	sandbox.seed('products.getMany', 12, (i) => ({ name: `Product ${i + 1}`, price: 50 + i * 10, type: i % 2 ? 'voucher' : 'physical', categoryID: categories[i % 3]._id, stocks: 100 - i }));
	sandbox.seed('purchaseHistories.update', 5, (i) => ({ orderID: `ORD2026000${i + 1}`, product: { name: `Product ${i + 1}`, redemptionInstructions: 'Collect at the counter.' } }));
}
