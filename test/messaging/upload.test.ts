import type { INodeExecutionData } from 'n8n-workflow';

import { useSandbox } from '../harness/sandbox';

const t = useSandbox();
const node = 'returningAiMessaging';
const KEY = 'sandbox-api-key-0123456789';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
const JPG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffdb', 'hex');

function binaryItem(files: Record<string, { data: Buffer; mimeType: string; fileName: string }>): INodeExecutionData {
	const binary: INodeExecutionData['binary'] = {};
	for (const [name, f] of Object.entries(files)) binary[name] = { data: f.data.toString('base64'), mimeType: f.mimeType, fileName: f.fileName };
	return { json: {}, binary };
}

describe('Messaging > Message > Upload Images (multipart)', () => {
	test('one binary field: POST /v1/messages/upload-image with one "images" file part; the bare array becomes items', async () => {
		const r = await t.run(node, { resource: 'message', operation: 'uploadImages', binaryPropertyName: 'data' }, {
			items: [binaryItem({ data: { data: PNG, mimeType: 'image/png', fileName: 'chart.png' } })],
		});
		const req = t.sandbox.lastRequest();
		expect(req.method).toBe('POST');
		expect(req.path).toBe('/v1/messages/upload-image');
		expect(req.query).toEqual({});
		expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
		expect(req.parts!.map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType }))).toEqual([
			{ name: 'images', filename: 'chart.png', contentType: 'image/png' },
		]);
		expect(req.parts![0].data.equals(PNG)).toBe(true);
		expect(r.json).toEqual([{ id: 'img1', name: 'chart.png', url: 'https://cdn.returning.ai/messages/chart.png', type: 'image/png', size: PNG.length }]);
	});

	test('several binary fields: one call, the images part repeated for each file, one output item per image', async () => {
		const r = await t.run(node, { resource: 'message', operation: 'uploadImages', binaryPropertyName: 'first, second' }, {
			items: [
				binaryItem({
					first: { data: PNG, mimeType: 'image/png', fileName: 'a.png' },
					second: { data: JPG, mimeType: 'image/jpeg', fileName: 'b.jpg' },
				}),
			],
		});
		expect(t.sandbox.requests).toHaveLength(1);
		const parts = t.sandbox.lastRequest().parts!;
		expect(parts.map((p) => [p.name, p.filename, p.contentType, p.data.length])).toEqual([
			['images', 'a.png', 'image/png', PNG.length],
			['images', 'b.jpg', 'image/jpeg', JPG.length],
		]);
		expect(parts[1].data.equals(JPG)).toBe(true);
		expect(r.json.map((j) => j.name)).toEqual(['a.png', 'b.jpg']);
	});

	test('each input item uploads its own image', async () => {
		const r = await t.run(node, { resource: 'message', operation: 'uploadImages', binaryPropertyName: 'data' }, {
			items: [
				binaryItem({ data: { data: PNG, mimeType: 'image/png', fileName: 'one.png' } }),
				binaryItem({ data: { data: JPG, mimeType: 'image/jpeg', fileName: 'two.jpg' } }),
			],
		});
		expect(t.sandbox.requests.map((q) => q.parts!.map((p) => p.filename))).toEqual([['one.png'], ['two.jpg']]);
		expect(r.json.map((j) => j.name)).toEqual(['one.png', 'two.jpg']);
	});

	test('a missing binary field is named, with the fields the item has, before any request', async () => {
		const r = await t.run(node, { resource: 'message', operation: 'uploadImages', binaryPropertyName: 'image' }, {
			items: [binaryItem({ data: { data: PNG, mimeType: 'image/png', fileName: 'x.png' } })],
		});
		expect(r.error.message).toBe("The input item has no binary data named 'image' (parameter 'Input Binary Field(s)')");
		expect(r.error.description).toBe("The item's binary properties are: data. Enter one of them.");
		expect(t.sandbox.requests).toHaveLength(0);
	});

	test('a file the API refuses (not an image) gives a 400 naming the parameter; Continue On Fail goes on', async () => {
		const r = await t.run(node, { resource: 'message', operation: 'uploadImages', binaryPropertyName: 'data' }, {
			continueOnFail: true,
			items: [
				binaryItem({ data: { data: Buffer.from('%PDF-1.4'), mimeType: 'application/pdf', fileName: 'doc.pdf' } }),
				binaryItem({ data: { data: PNG, mimeType: 'image/png', fileName: 'ok.png' } }),
			],
		});
		expect(r.json[0].error).toBe("Returning.AI rejected the request: 'Input Binary Field(s)' must be image files, got application/pdf (doc.pdf)");
		expect(r.json[1]).toMatchObject({ name: 'ok.png', type: 'image/png' });
	});
});
