/* eslint-disable */
import { reference } from '../sandbox/reference';
import { apiKeysResources } from '../../nodes/ApiKeys/ReturningAiApiKeys.node';
import { communityResources } from '../../nodes/Community/ReturningAiCommunity.node';
import { communityAnalyticsResources } from '../../nodes/CommunityAnalytics/ReturningAiCommunityAnalytics.node';
import { USER_FIELDS_DUPLICATES, userFieldsResources } from '../../nodes/UserFields/ReturningAiUserFields.node';
import type { ResourceSpec } from '../../nodes/shared/types';

function routesOf(resources: ResourceSpec[]): string[] {
	return resources.flatMap((r) => r.operations.map((o) => o.route as string)).sort();
}

function entriesOf(node: string): string[] {
	return reference.filter((e) => e.node === node).map((e) => e.id).sort();
}

describe('every reference entry of the category is an operation (duplicates once)', () => {
	test('User Fields: 15 entries = 11 operations + 4 documented duplicates', () => {
		const ops = routesOf(userFieldsResources);
		expect(ops).toHaveLength(11);
		expect(new Set(ops).size).toBe(11);
		expect([...ops, ...Object.keys(USER_FIELDS_DUPLICATES)].sort()).toEqual(entriesOf('User Fields'));
		// the mapping is the reference's own `duplicateOf`, and each target is an operation
		const duplicates = Object.fromEntries(reference.filter((e) => e.node === 'User Fields' && e.duplicateOf).map((e) => [e.id, e.duplicateOf]));
		expect(USER_FIELDS_DUPLICATES).toEqual(duplicates);
		for (const target of Object.values(USER_FIELDS_DUPLICATES)) expect(ops).toContain(target);
	});

	test('Community: 7 entries, 7 operations', () => {
		expect(routesOf(communityResources)).toEqual(entriesOf('Community'));
		expect(entriesOf('Community')).toHaveLength(7);
	});

	test('Community Analytics: 1 entry, 1 operation', () => {
		expect(routesOf(communityAnalyticsResources)).toEqual(['analytics.getLoyaltyOverview']);
		expect(entriesOf('Community Analytics')).toEqual(['analytics.getLoyaltyOverview']);
	});

	test('API Keys: 9 entries, 9 operations', () => {
		expect(routesOf(apiKeysResources)).toEqual(entriesOf('API Keys'));
		expect(entriesOf('API Keys')).toHaveLength(9);
	});

	test('no callable widget route exists in the reference (docs/widgets.md explains the missing node)', () => {
		expect(reference.filter((e) => /widget/i.test(e.node) || /widget/i.test(e.path))).toEqual([]);
	});
});
