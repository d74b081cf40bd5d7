/* eslint-disable */
import type { Sandbox } from './server';

/** The Default Community ID of the sandbox credential that `npm start` and the e2e import (any valid ObjectId works). */
export const DEMO_COMMUNITY_ID = '6502c9e514a3e564c5c09c0a';

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
		// The status the store-purchase example moves a new order to (orders below use the first three).
		{ _id: '695e2f8b3358520a2ecf86e6', name: 'Processing', category: 'incomplete', color: '#9B59B6' },
	];
	sandbox.seed('redemptionStatuses.getMany', statuses.length, (i) => statuses[i]);
	// Members with XP and coins (Users › Get Many, pickers by email, Gamification's daily history).
	const members = DEMO_MEMBERS.map(([firstName, lastName, xp, coins], i) => {
		const username = `${firstName}.${lastName}`.toLowerCase();
		return { username, email: `${username}@example.com`, firstName, lastName, displayName: `${firstName} ${lastName}`, accessLevel: 'member', joinDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-1${i % 10}`, xp, coins, customFields: {} };
	});
	const users = sandbox.seed('users.get', members.length, (i) => members[i]);
	sandbox.seed('userActivity.getDailyHistory', users.length, (i) => ({ identifier: users[i].email, user_id: users[i]._id, coins: 5 + (i % 4) * 5, xp: 10 + (i % 5) * 15 }));
	const community = { communityId: DEMO_COMMUNITY_ID };
	sandbox.seed('communityUsers.getMany', users.length, (i) => ({ _id: users[i]._id, username: users[i].username, displayName: users[i].displayName, email: users[i].email }), community);
	const fields = [
		{ field: 'department', name: 'Department', type: 'text' },
		{ field: 'country', name: 'Country', type: 'text' },
	];
	sandbox.seed('userFields.getMany', fields.length, (i) => fields[i], community);
	// Community API keys (the API Keys node's picker); the keys are demo values, not secrets of anything.
	const apiKeys = [
		{ name: 'Slack Integration API Key', key: 'demo-key-slack-0000000000000000000000000000000000000000000000000000', permissions: ['sendMessage', 'replyMessage'] },
		{ name: 'CRM Sync API Key', key: 'demo-key-crm-00000000000000000000000000000000000000000000000000000', permissions: ['createUser', 'manageUser', 'getUserData'] },
	];
	sandbox.seed('communityApiKeys.getMany', apiKeys.length, (i) => apiKeys[i], community);
	sandbox.seed('leaderboards.getMany', 3, (i) => ({ ...DEMO_LEADERBOARDS[i], communityID: DEMO_COMMUNITY_ID, displayedFields: ['name', 'score'] }));
	// Each purchase's redemption order belongs to a member and sits in one of the statuses.
	sandbox.seed('redemptionOrders.getMany', 5, (i) => ({ transactionId: `ORD2026000${i + 1}`, email: users[i].email, statusId: statuses[i % 3]._id, status: statuses[i % 3] }));
	// A text channel for messages (the ID of the reference's examples) and a welcome badge (Legacy API).
	sandbox.seed('channels.getMany', 1, () => ({ _id: '663347f4361726479c6', topic: 'General', type: 'text' }));
	sandbox.seed('messages.getMany', 4, (i) => ({
		id: `6a0d1e${i}b2c3d4e5f`,
		message: ['Welcome everyone!', 'Who is joining the trading contest this week?', 'Me! Aiming for the top 3.', 'Reminder: the store restocks on Friday.'][i],
		user: { user_id: users[i]._id, email: users[i].email },
		channel: { channel_id: '663347f4361726479c6', name: 'General' },
		timestamp: new Date(Date.UTC(2026, 0, 5 + i, 9, 30)).toISOString(),
	}));
	sandbox.seed('legacyBadges.getMany', 1, () => ({ id: 'b3df14ee-a674-480b-be2a-3f32c9d3a1d9', title: 'Welcome', action: 'custom', quantity: '1', description: 'Joined the community', attachRequired: 'false', awarded: 'false' }));
}

/** First name, last name, XP, coins. */
export const DEMO_MEMBERS: Array<[string, string, number, number]> = [
	['Ada', 'Lovelace', 4820, 1250],
	['Grace', 'Hopper', 4310, 980],
	['Linus', 'Torvalds', 3905, 1500],
	['Amara', 'Okafor', 3120, 640],
	['Kenji', 'Tanaka', 2875, 420],
	['Sofia', 'Rossi', 2410, 875],
	['Mateo', 'Garcia', 1990, 310],
	['Priya', 'Sharma', 1560, 1120],
	['Lena', 'Fischer', 980, 150],
	['Noah', 'Williams', 420, 60],
];

const DEMO_LEADERBOARDS = [
	{ name: 'Top Traders', slug: 'top-traders', description: 'Monthly trading leaderboard', rankBy: 'currencies' },
	{ name: 'XP Champions', slug: 'xp-champions', description: 'All-time XP ranking', rankBy: 'xp' },
	{ name: 'Weekly Streaks', slug: 'weekly-streaks', description: 'Longest daily streaks this week', rankBy: 'streaks' },
];
