/* eslint-disable */
import type { Sandbox } from './server';

/**
 * Demo data for `npm run sandbox`, the real-n8n demo (`npm start`) and the e2e: a small, believable
 * community. The IDs the example workflows (examples/) use exist here, so the examples run as imported.
 */
export function seedDemo(sandbox: Sandbox): void {
	const categories = sandbox.seed('categories.getMany', 3, (i) => ({ name: ['Premium Rewards', 'Merch', 'Vouchers'][i], displayOrder: i, isArchived: false, viewType: 'full' }));
	sandbox.seed('products.getMany', 12, (i) => ({ name: `Product ${i + 1}`, price: 50 + i * 10, type: i % 2 ? 'voucher' : 'physical', categoryID: categories[i % 3]._id, stocks: 100 - i }));
	sandbox.seed('purchaseHistories.update', 5, (i) => ({ orderID: `ORD2026000${i + 1}`, product: { name: `Product ${i + 1}`, redemptionInstructions: 'Collect at the counter.' } }));
	// Redemption: the statuses an order moves through, and the redemption orders of the 5 purchases above.
	const statuses = [
		{ _id: '695e2f8b3358520a2ecf86e3', name: 'Pending', category: 'incomplete', color: '#F5A623' },
		{ _id: '695e2f8b3358520a2ecf86e4', name: 'Shipping', category: 'incomplete', color: '#3EA1FD' },
		{ _id: '695e2f8b3358520a2ecf86e5', name: 'Delivered', category: 'complete', color: '#2ECC71' },
	];
	sandbox.seed('redemptionStatuses.getMany', statuses.length, (i) => statuses[i]);
	sandbox.seed('redemptionOrders.getMany', 5, (i) => ({ transactionId: `ORD2026000${i + 1}`, statusId: statuses[0]._id, status: statuses[0] }));
	// A text channel for messages (the ID of the reference's examples) and a welcome badge (Legacy API).
	sandbox.seed('channels.getMany', 1, () => ({ _id: '663347f4361726479c6', topic: 'General', type: 'text' }));
	sandbox.seed('legacyBadges.getMany', 1, () => ({ id: 'b3df14ee-a674-480b-be2a-3f32c9d3a1d9', title: 'Welcome', action: 'custom', quantity: '1', description: 'Joined the community', attachRequired: 'false', awarded: 'false' }));
}
