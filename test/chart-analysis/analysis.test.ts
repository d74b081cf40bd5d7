import { useSandbox, wire } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiChartAnalysis';
const COMMUNITY = '6502c97314a3e564c5bbfa84';
const CHANNEL = '6502c9e514a3e564c5c09c0a';
const SENDER = 'pangray2025+t5@gmail.com';

const levelsUi = {
	pivot: { price: 1.345, time: '2026-01-08T12:00:00', clientObjectId: 'pivot_main' },
	resistance: { price: 1.35, time: '2026-01-08T14:00:00', clientObjectId: 'res_1' },
	support: { price: 1.341, time: '2026-01-08T10:00:00', clientObjectId: 'sup_1' },
};

const levelsWire = {
	pivot: { price: 1.345, clientObjectId: 'pivot_main', time: '2026-01-08T12:00:00Z' },
	resistance: { price: 1.35, clientObjectId: 'res_1', time: '2026-01-08T14:00:00Z' },
	support: { price: 1.341, clientObjectId: 'sup_1', time: '2026-01-08T10:00:00Z' },
};

const drawingsUi = {
	line: [
		{
			clientObjectId: 'entry_line', startTime: '2026-01-08T00:00:00', startPrice: 1.3485, endTime: '2026-01-09T00:00:00', endPrice: 1.3505,
			startHead: 'NONE', endHead: 'ARROW', color: '#0000FF', lineWidth: 2, lineStyle: 'DASHED',
		},
	],
	rectangle: [
		{ clientObjectId: 'support_zone', corner1Time: '2026-01-08T00:00:00', corner1Price: 1.338, corner2Time: '2026-01-09T00:00:00', corner2Price: 1.347, fillColor: '#00FF33', borderColor: '#00FF00', lineWidth: 2 },
	],
};

const targetJson = [
	{ type: 'HORIZONTAL_LINE', clientObjectId: 'target', points: [{ time: '2026-01-08T10:00:00Z', price: 1.355 }], style: { color: '#FF0000', lineWidth: 2, lineStyle: 'SOLID' } },
];

function createParams(extra: Record<string, unknown> = {}) {
	return {
		resource: 'analysis',
		operation: 'create',
		communityId: COMMUNITY,
		channelId: CHANNEL,
		sender: SENDER,
		title: 'GBPUSD Bullish Bounce from Support',
		symbol: 'GBP/USD',
		timeframe: 'H1',
		direction: 'BULLISH',
		entryPlacement: 'BELOW_CURRENT',
		levels: levelsUi,
		...extra,
	};
}

async function createOne(): Promise<string> {
	const r = await t.run(node, createParams({ drawings: { horizontalLine: [{ clientObjectId: 'target', pointTime: '2026-01-08T10:00:00', pointPrice: 1.355, color: '#FF0000', lineWidth: 2, lineStyle: 'SOLID' }] } }));
	expect(r.status).toBe('success');
	t.sandbox.requests.length = 0;
	return r.json[0].analysisId;
}

describe('Chart Analysis > Create', () => {
	test('sends the reference example: metadata, levels, drawings from the form then from JSON', async () => {
		const r = await t.run(
			node,
			createParams({
				drawings: drawingsUi,
				additionalFields: {
					preferenceText: 'Price bounced from [[support_zone:demand zone]]. Entry above [[entry_line:breakout level]] with target at [[target:resistance]].',
					alternativeText: 'If price breaks below support, analysis invalidated',
					comments: 'Watch for volume confirmation',
					expiryHours: 24,
					idempotencyKey: 'analysis_20250109_001',
					drawingsJson: JSON.stringify(targetJson),
				},
			}),
		);
		expect(r.status).toBe('success');
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: `/v1/analysis/${COMMUNITY}/channels/${CHANNEL}`,
			query: {},
			body: {
				sender: SENDER,
				metadata: {
					direction: 'BULLISH',
					entryPlacement: 'BELOW_CURRENT',
					expiry: { type: 'HOURS', hours: 24 },
					title: 'GBPUSD Bullish Bounce from Support',
					preferenceText: 'Price bounced from [[support_zone:demand zone]]. Entry above [[entry_line:breakout level]] with target at [[target:resistance]].',
					alternativeText: 'If price breaks below support, analysis invalidated',
					comments: 'Watch for volume confirmation',
					timeframe: 'H1',
					symbol: 'GBP/USD',
				},
				levels: levelsWire,
				drawings: [
					{
						type: 'LINE', clientObjectId: 'entry_line',
						points: [{ time: '2026-01-08T00:00:00Z', price: 1.3485 }, { time: '2026-01-09T00:00:00Z', price: 1.3505 }],
						startHead: 'NONE', endHead: 'ARROW', style: { color: '#0000FF', lineWidth: 2, lineStyle: 'DASHED' },
					},
					{
						type: 'RECTANGLE', clientObjectId: 'support_zone',
						points: [{ time: '2026-01-08T00:00:00Z', price: 1.338 }, { time: '2026-01-09T00:00:00Z', price: 1.347 }],
						style: { fillColor: '#00FF33', borderColor: '#00FF00', lineWidth: 2 },
					},
					...targetJson,
				],
				idempotencyKey: 'analysis_20250109_001',
			},
		});
		expect(r.json).toHaveLength(1);
		expect(r.json[0].analysisId).toMatch(/^[0-9a-f]{24}$/);
	});

	test('takes the Community ID from the credential when left empty, and sends no drawings key without drawings', async () => {
		const r = await t.run(node, createParams({ communityId: '' }), { credential: { communityId: COMMUNITY } });
		expect(r.status).toBe('success');
		const req = t.sandbox.lastRequest();
		expect(req.path).toBe(`/v1/analysis/${COMMUNITY}/channels/${CHANNEL}`);
		expect(Object.keys(req.body).sort()).toEqual(['levels', 'metadata', 'sender']);
	});

	test('a bad drawing stops the call with an error naming the drawing and the field', async () => {
		const bad = { ...drawingsUi, rectangle: [{ ...drawingsUi.rectangle[0], corner2Price: 0 }] };
		const r = await t.run(node, createParams({ drawings: bad }));
		expect(r.status).toBe('error');
		expect(r.error.message).toBe("Drawing 2 (Rectangle): 'Corner 2 Price' must be a number greater than 0, got 0");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a bad JSON drawing is numbered after the form drawings and named by its path', async () => {
		const r = await t.run(node, createParams({ drawings: drawingsUi, additionalFields: { drawingsJson: JSON.stringify([{ ...targetJson[0], points: [] }]) } }));
		expect(r.error.message).toBe('Drawing 3 (Horizontal Line): needs 1 point (Point), got 0');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a [[mention]] of an unknown ID is caught before the call', async () => {
		const r = await t.run(node, createParams({ drawings: drawingsUi, additionalFields: { preferenceText: 'See [[support_zone:zone]] and [[targte:typo]]' } }));
		expect(r.error.message).toBe("The field 'Preference Text' mentions [[targte]], but no level or drawing has the client object ID 'targte'");
		expect(r.error.description).toBe('Known IDs in this request: pivot_main, res_1, sup_1, entry_line, support_zone. Fix the mention or add the drawing.');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('missing levels are reported before the call', async () => {
		const r = await t.run(node, createParams({ levels: { pivot: levelsUi.pivot } }));
		expect(r.error.message).toBe("'Levels' needs the Resistance level");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a 404 on create names the channel', async () => {
		t.sandbox.fault({ route: 'analysis.create', kind: 'status', status: 404, body: { status: 'error', message: 'Channel not found' } });
		const r = await t.run(node, createParams());
		expect(r.error.message).toBe(`The channel with ID '${CHANNEL}' was not found`);
		expect(r.error.description).toBe("Check the parameter 'Channel ID': the ID must exist and belong to the API key's community. The API said: Channel not found.");
	});

	test('a sender that is not an email is rejected', async () => {
		const r = await t.run(node, createParams({ sender: 'pangray' }));
		expect(r.error.message).toBe("The parameter 'Sender Email' must be an email address, got 'pangray'");
	});

	test('a 400 from the API names the parameter by its display name', async () => {
		t.sandbox.fault({ route: 'analysis.create', kind: 'status', status: 400, body: { status: 'error', message: '"sender" is not a member of this community' } });
		const r = await t.run(node, createParams());
		expect(r.error.message).toBe("Returning.AI rejected the request: 'Sender Email' is not a member of this community");
		expect(r.error.description).toBe("Check the parameter 'Sender Email'.");
	});
});

describe('Chart Analysis > Get, Get Many, Update, Delete, Append Drawings', () => {
	test('Get sends GET /v1/analysis/{id} and outputs the analysis', async () => {
		const id = await createOne();
		const r = await t.run(node, { resource: 'analysis', operation: 'get', analysisId: id });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/analysis/${id}`, query: {}, body: undefined });
		expect(r.json).toHaveLength(1);
		expect(r.json[0]).toMatchObject({ analysisId: id, sender: SENDER, levels: levelsWire, metadata: { title: 'GBPUSD Bullish Bounce from Support', symbol: 'GBP/USD' } });
		expect(r.json[0].drawings).toEqual(targetJson);
	});

	test('Get of an unknown analysis is a 404 naming the ID', async () => {
		const r = await t.run(node, { resource: 'analysis', operation: 'get', analysisId: '507f1f77bcf86cd799439022' });
		expect(r.error.message).toBe("The analysis with ID '507f1f77bcf86cd799439022' was not found");
		expect(r.error.description).toMatch(/^Check the parameter 'Analysis ID'/);
	});

	test('Get Many sends GET /v1/analysis/{community}/channels/{channel}; Limit trims', async () => {
		await createOne();
		await createOne();
		const r = await t.run(node, { resource: 'analysis', operation: 'getAll', communityId: COMMUNITY, channelId: CHANNEL, returnAll: true });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'GET', path: `/v1/analysis/${COMMUNITY}/channels/${CHANNEL}`, query: {}, body: undefined });
		expect(r.json).toHaveLength(2);
		expect(r.json[0].metadata).toEqual({ title: 'GBPUSD Bullish Bounce from Support', symbol: 'GBP/USD' });
		const one = await t.run(node, { resource: 'analysis', operation: 'getAll', communityId: COMMUNITY, channelId: CHANNEL, returnAll: false, limit: 1 });
		expect(one.json).toHaveLength(1);
	});

	test('Update sends PATCH with sender, partial metadata and the drawings that replace all', async () => {
		const id = await createOne();
		const r = await t.run(node, {
			resource: 'analysis',
			operation: 'update',
			analysisId: id,
			sender: SENDER,
			updateFields: { title: 'EURUSD Updated Analysis', expiryHours: 48, drawings: { rectangle: drawingsUi.rectangle } },
		});
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'PATCH',
			path: `/v1/analysis/${id}`,
			query: {},
			body: {
				sender: SENDER,
				metadata: { title: 'EURUSD Updated Analysis', expiry: { type: 'HOURS', hours: 48 } },
				drawings: [
					{
						type: 'RECTANGLE', clientObjectId: 'support_zone',
						points: [{ time: '2026-01-08T00:00:00Z', price: 1.338 }, { time: '2026-01-09T00:00:00Z', price: 1.347 }],
						style: { fillColor: '#00FF33', borderColor: '#00FF00', lineWidth: 2 },
					},
				],
			},
		});
		expect(r.json).toEqual([{ analysisId: id, updatedFields: ['title', 'expiry', 'drawings'] }]);
		const after = await t.run(node, { resource: 'analysis', operation: 'get', analysisId: id });
		expect(after.json[0].drawings.map((d: any) => d.clientObjectId)).toEqual(['support_zone']);
	});

	test('Update with only the sender stops before the call', async () => {
		const r = await t.run(node, { resource: 'analysis', operation: 'update', analysisId: '507f1f77bcf86cd799439022', sender: SENDER, updateFields: {} });
		expect(r.error.message).toBe('Nothing to update: add at least one field under Update Fields');
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Update with levels and links sends them whole', async () => {
		const id = await createOne();
		const r = await t.run(node, { resource: 'analysis', operation: 'update', analysisId: id, sender: SENDER, updateFields: { levels: levelsUi, links: '[{"from": "target", "to": "res_1"}]' } });
		expect(t.sandbox.lastRequest().body).toEqual({ sender: SENDER, levels: levelsWire, links: [{ from: 'target', to: 'res_1' }] });
		expect(r.json[0].updatedFields).toEqual(['levels', 'links']);
	});

	test('Delete sends DELETE /v1/analysis/{id} and outputs { deleted: true }', async () => {
		const id = await createOne();
		const r = await t.run(node, { resource: 'analysis', operation: 'delete', analysisId: id });
		expect(wire(t.sandbox.lastRequest())).toEqual({ method: 'DELETE', path: `/v1/analysis/${id}`, query: {}, body: undefined });
		expect(r.json).toEqual([{ deleted: true }]);
		const again = await t.run(node, { resource: 'analysis', operation: 'get', analysisId: id });
		expect(again.status).toBe('error');
	});

	test('Append Drawings sends POST /v1/analysis/{id}/drawings with sender and drawings', async () => {
		const id = await createOne();
		const r = await t.run(node, { resource: 'analysis', operation: 'appendDrawings', analysisId: id, sender: SENDER, drawings: drawingsUi });
		expect(wire(t.sandbox.lastRequest())).toEqual({
			method: 'POST',
			path: `/v1/analysis/${id}/drawings`,
			query: {},
			body: {
				sender: SENDER,
				drawings: [
					{
						type: 'LINE', clientObjectId: 'entry_line',
						points: [{ time: '2026-01-08T00:00:00Z', price: 1.3485 }, { time: '2026-01-09T00:00:00Z', price: 1.3505 }],
						startHead: 'NONE', endHead: 'ARROW', style: { color: '#0000FF', lineWidth: 2, lineStyle: 'DASHED' },
					},
					{
						type: 'RECTANGLE', clientObjectId: 'support_zone',
						points: [{ time: '2026-01-08T00:00:00Z', price: 1.338 }, { time: '2026-01-09T00:00:00Z', price: 1.347 }],
						style: { fillColor: '#00FF33', borderColor: '#00FF00', lineWidth: 2 },
					},
				],
			},
		});
		expect(r.json).toEqual([{ analysisId: id, drawings: 3 }]);
	});

	test('Append Drawings with no drawing stops before the call', async () => {
		const r = await t.run(node, { resource: 'analysis', operation: 'appendDrawings', analysisId: '507f1f77bcf86cd799439022', sender: SENDER, drawings: {} });
		expect(r.error.message).toBe('No drawings to append');
		expect(r.error.description).toBe("Add at least one drawing under 'Drawings' or in 'Drawings (JSON)'.");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('Append Drawings: invalid JSON is reported by the parameter name', async () => {
		const r = await t.run(node, { resource: 'analysis', operation: 'appendDrawings', analysisId: '507f1f77bcf86cd799439022', sender: SENDER, additionalFields: { drawingsJson: '[{type:' } });
		expect(r.error.message).toBe("The parameter 'Drawings (JSON)' is not valid JSON");
		expect(t.sandbox.requests).toHaveLength(0);
	});
});

describe('Chart Analysis > errors', () => {
	test('a key without the chart analysis permission gets a 403', async () => {
		const r = await t.run(node, { resource: 'analysis', operation: 'get', analysisId: '507f1f77bcf86cd799439022' }, { apiKey: 'sandbox-limited-key-0123456789' });
		expect(r.error.message).toBe("The API key is not allowed to do this: API key lacks the 'chart analysis' permission");
	});

	test('an unknown key gets a 401', async () => {
		const r = await t.run(node, { resource: 'analysis', operation: 'get', analysisId: '507f1f77bcf86cd799439022' }, { apiKey: 'nope-nope-nope' });
		expect(r.error.message).toBe('Authorization failed: Returning.AI did not accept the API key');
	});

	test('Continue On Fail: the failing item gets an error, the others go on', async () => {
		const id = await createOne();
		const r = await t.run(
			node,
			{ resource: 'analysis', operation: 'get', analysisId: '={{ $json.id }}' },
			{ continueOnFail: true, items: [{ json: { id } }, { json: { id: 'not-an-id' } }, { json: { id: '507f1f77bcf86cd799439022' } }, { json: { id } }] },
		);
		expect(r.status).toBe('success');
		expect(r.json).toHaveLength(4);
		expect(r.json[0].analysisId).toBe(id);
		expect(r.json[1].error).toBe("The parameter 'Analysis ID' must be a 24-character hexadecimal ID, got 'not-an-id'");
		expect(r.json[2].error).toBe("The analysis with ID '507f1f77bcf86cd799439022' was not found");
		expect(r.json[3].analysisId).toBe(id);
		expect(t.sandbox.requests).toHaveLength(3);
	});
});
