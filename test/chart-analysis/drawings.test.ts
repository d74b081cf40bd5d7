import {
	checkDrawing,
	checkDrawings,
	checkLevels,
	checkReferences,
	drawingsFromUi,
	drawingsProperty,
	isoTime,
	levelsFromUi,
	levelsOrdered,
	referencesIn,
} from '../../nodes/ChartAnalysis/drawings';

const rect = {
	type: 'RECTANGLE',
	clientObjectId: 'support_zone',
	points: [
		{ time: '2026-01-08T00:00:00Z', price: 1.338 },
		{ time: '2026-01-09T00:00:00Z', price: 1.347 },
	],
	style: { fillColor: '#00FF33', borderColor: '#00FF00', lineWidth: 2 },
};

function messageOf(fn: () => void): string {
	try {
		fn();
	} catch (error) {
		return (error as Error).message;
	}
	return 'no error';
}

describe('drawingsFromUi', () => {
	test('turns every drawing type of the form into the reference wire shape', () => {
		const out = drawingsFromUi({
			horizontalLine: [{ clientObjectId: 'target', pointTime: '2026-01-08T10:00:00', pointPrice: 1.355, color: '#FF0000', lineWidth: 2, lineStyle: 'SOLID' }],
			line: [
				{
					clientObjectId: 'entry_line', startTime: '2026-01-08T00:00:00', startPrice: 1.3485, endTime: '2026-01-09T00:00:00.000Z', endPrice: 1.3505,
					startHead: 'NONE', endHead: 'ARROW', color: '#0000FF', lineWidth: 2, lineStyle: 'DASHED',
				},
			],
			rectangle: [{ clientObjectId: ' support_zone ', corner1Time: '2026-01-08', corner1Price: 1.338, corner2Time: '2026-01-09', corner2Price: 1.347, fillColor: '#00FF33', borderColor: '#00FF00', lineWidth: 2 }],
			parallel: [{ clientObjectId: '', point1Time: '2026-01-08T00:00:00Z', point1Price: 1.3, point2Time: '2026-01-09T00:00:00Z', point2Price: 1.31, point3Time: '2026-01-08T00:00:00Z', point3Price: 1.32, color: '#123456', lineWidth: 1, lineStyle: 'SOLID' }],
			fibonacciRetracement: [{ clientObjectId: 'fib', startTime: '2026-01-08T00:00:00Z', startPrice: 1.3, endTime: '2026-01-09T00:00:00Z', endPrice: 1.4, color: '', lineWidth: 1 }],
		});
		expect(out).toEqual([
			{ type: 'HORIZONTAL_LINE', clientObjectId: 'target', points: [{ time: '2026-01-08T10:00:00Z', price: 1.355 }], style: { color: '#FF0000', lineWidth: 2, lineStyle: 'SOLID' } },
			{
				type: 'LINE', clientObjectId: 'entry_line',
				points: [{ time: '2026-01-08T00:00:00Z', price: 1.3485 }, { time: '2026-01-09T00:00:00Z', price: 1.3505 }],
				startHead: 'NONE', endHead: 'ARROW', style: { color: '#0000FF', lineWidth: 2, lineStyle: 'DASHED' },
			},
			rect,
			{
				type: 'PARALLEL', clientObjectId: 'drawing_4',
				points: [{ time: '2026-01-08T00:00:00Z', price: 1.3 }, { time: '2026-01-09T00:00:00Z', price: 1.31 }, { time: '2026-01-08T00:00:00Z', price: 1.32 }],
				style: { color: '#123456', lineWidth: 1, lineStyle: 'SOLID' },
			},
			{ type: 'FIBONACCI_RETRACEMENT', clientObjectId: 'fib', points: [{ time: '2026-01-08T00:00:00Z', price: 1.3 }, { time: '2026-01-09T00:00:00Z', price: 1.4 }], style: { lineWidth: 1 } },
		]);
	});

	test('keeps a time it cannot read, for the checks to report', () => {
		const [d] = drawingsFromUi({ horizontalLine: [{ clientObjectId: 'x', pointTime: 'soon', pointPrice: 1 }] });
		expect(d.points).toEqual([{ time: 'soon', price: 1 }]);
		expect(messageOf(() => checkDrawing(d, 0, true))).toBe('Drawing 1 (Horizontal Line): \'Point Time\' must be a date and time, got "soon"');
	});

	test('an empty collection gives no drawings', () => {
		expect(drawingsFromUi({})).toEqual([]);
		expect(drawingsFromUi(undefined)).toEqual([]);
	});

	test('the fixedCollection has one group per type and no displayOptions on its children', () => {
		const prop = drawingsProperty();
		expect((prop.options as Array<{ name: string }>).map((o) => o.name)).toEqual(['horizontalLine', 'line', 'rectangle', 'parallel', 'fibonacciRetracement']);
		expect(JSON.stringify(prop)).not.toContain('displayOptions');
	});
});

describe('checkDrawing', () => {
	test('accepts the reference example drawings', () => {
		expect(() => checkDrawings([rect], 0)).not.toThrow();
	});

	test.each([
		['a wrong point count (UI labels)', { ...rect, points: [rect.points[0]] }, true, 'Drawing 2 (Rectangle): needs 2 points (Corner 1, Corner 2), got 1'],
		['a zero price (UI labels)', { ...rect, points: [rect.points[0], { time: '2026-01-09T00:00:00Z', price: 0 }] }, true, "Drawing 2 (Rectangle): 'Corner 2 Price' must be a number greater than 0, got 0"],
		['a zero price (JSON paths)', { ...rect, points: [rect.points[0], { time: '2026-01-09T00:00:00Z', price: 0 }] }, false, 'Drawing 2 (Rectangle): points[1].price must be a number greater than 0, got 0'],
		['a price given as text', { ...rect, points: [rect.points[0], { time: '2026-01-09T00:00:00Z', price: '1.3' }] }, false, 'Drawing 2 (Rectangle): points[1].price must be a number greater than 0, got "1.3"'],
		['a date without time', { ...rect, points: [{ time: '2026-01-08', price: 1 }, rect.points[1]] }, false, 'Drawing 2 (Rectangle): points[0].time must be a date and time, got "2026-01-08"'],
		['a colour that is not hex', { ...rect, style: { fillColor: 'green' } }, true, "Drawing 2 (Rectangle): 'Fill Color' must be a hex colour like #FF0000, got \"green\""],
		['a negative line width', { ...rect, style: { lineWidth: -1 } }, false, 'Drawing 2 (Rectangle): style.lineWidth must be a number greater than 0, got -1'],
		['no client object ID', { ...rect, clientObjectId: '' }, false, 'Drawing 2 (Rectangle): clientObjectId is required'],
		['no type', { ...rect, type: undefined }, false, "Drawing 2 has no 'type'"],
		['a non-object', 'RECTANGLE', false, 'Drawing 2 must be a JSON object'],
		['a bad arrow head', { type: 'LINE', clientObjectId: 'l', points: rect.points, startHead: 'CIRCLE' }, true, 'Drawing 2 (Line): \'Start Head\' must be NONE or ARROW, got "CIRCLE"'],
		['two points on a horizontal line', { type: 'HORIZONTAL_LINE', clientObjectId: 'h', points: rect.points }, false, 'Drawing 2 (Horizontal Line): needs 1 point (Point), got 2'],
	])('rejects %s, naming the drawing and the field', (_label, drawing, fromUi, message) => {
		expect(messageOf(() => checkDrawing(drawing, 1, fromUi as boolean))).toBe(message);
	});

	test('unconfirmed types: any point count from JSON, the form count from the UI', () => {
		const threePoints = { type: 'FIBONACCI_RETRACEMENT', clientObjectId: 'f', points: [...rect.points, rect.points[0]] };
		expect(() => checkDrawing(threePoints, 0, false)).not.toThrow();
		expect(messageOf(() => checkDrawing(threePoints, 0, true))).toBe('Drawing 1 (Fibonacci Retracement): needs 2 points (Start, End), got 3');
	});

	test('a type the package does not know is sent unchanged (only the ID is checked)', () => {
		expect(() => checkDrawing({ type: 'TRIANGLE', clientObjectId: 't', points: 'whatever' }, 0, false)).not.toThrow();
		expect(messageOf(() => checkDrawing({ type: 'TRIANGLE' }, 2, false))).toBe('Drawing 3 (TRIANGLE): clientObjectId is required');
	});
});

describe('checkDrawings', () => {
	test('names UI drawings by form labels and JSON drawings by paths, numbered in sending order', () => {
		const bad = { ...rect, clientObjectId: 'b', points: [rect.points[0], { time: 'x', price: 1 }] };
		expect(messageOf(() => checkDrawings([rect, bad], 2))).toBe('Drawing 2 (Rectangle): \'Corner 2 Time\' must be a date and time, got "x"');
		expect(messageOf(() => checkDrawings([rect, bad], 1))).toBe('Drawing 2 (Rectangle): points[1].time must be a date and time, got "x"');
	});

	test('client object IDs must be unique among drawings and levels', () => {
		expect(messageOf(() => checkDrawings([rect, { ...rect }], 2))).toBe("Drawing 2 (Rectangle): the client object ID 'support_zone' is already used by drawing 1");
		expect(messageOf(() => checkDrawings([rect], 1, ['support_zone']))).toBe("Drawing 1 (Rectangle): the client object ID 'support_zone' is already used by a level");
	});
});

describe('levels', () => {
	const ui = {
		pivot: { price: 1.345, time: '2026-01-08T12:00:00', clientObjectId: 'pivot_main' },
		resistance: { price: 1.35, time: '2026-01-08T14:00:00Z', clientObjectId: 'res_1' },
		support: { price: 1.341, time: '2026-01-08T10:00:00.000Z', clientObjectId: '' },
	};

	test('levelsFromUi gives the reference shape (an empty ID falls back to the level name)', () => {
		expect(levelsFromUi(ui)).toEqual({
			pivot: { price: 1.345, clientObjectId: 'pivot_main', time: '2026-01-08T12:00:00Z' },
			resistance: { price: 1.35, clientObjectId: 'res_1', time: '2026-01-08T14:00:00Z' },
			support: { price: 1.341, clientObjectId: 'support', time: '2026-01-08T10:00:00Z' },
		});
	});

	test('checkLevels: all three needed, with a positive price and a time', () => {
		expect(() => checkLevels(levelsFromUi(ui), true)).not.toThrow();
		expect(messageOf(() => checkLevels(levelsFromUi({ pivot: ui.pivot, support: ui.support }), true))).toBe("'Levels' needs the Resistance level");
		expect(() => checkLevels(levelsFromUi({ pivot: ui.pivot }), false)).not.toThrow();
		expect(messageOf(() => checkLevels(levelsFromUi({ ...ui, pivot: { ...ui.pivot, price: 0 } }), true))).toBe("Level Pivot: 'Price' must be a number greater than 0, got 0");
		expect(messageOf(() => checkLevels(levelsFromUi({ ...ui, support: { ...ui.support, time: '' } }), true))).toBe('Level Support: \'Time\' must be a date and time, got ""');
		expect(messageOf(() => checkLevels(levelsFromUi({ ...ui, support: { ...ui.support, clientObjectId: 'res_1' } }), true))).toBe("'Levels': the client object ID 'res_1' is used by two levels");
	});

	test('levelsOrdered follows the reference example (support < pivot < resistance)', () => {
		expect(levelsOrdered(levelsFromUi(ui))).toBe(true);
		expect(levelsOrdered(levelsFromUi({ ...ui, support: { ...ui.support, price: 2 } }))).toBe(false);
	});
});

describe('references and times', () => {
	test('referencesIn finds [[id:label]] and [[id]]', () => {
		expect(referencesIn('Price bounced from [[support_zone:demand zone]]. Entry above [[entry_line:breakout level]] to [[target]].')).toEqual([
			'support_zone',
			'entry_line',
			'target',
		]);
	});

	test('checkReferences names the text field and the missing ID', () => {
		expect(() => checkReferences([['Preference Text', 'From [[support_zone:zone]]']], ['support_zone'])).not.toThrow();
		expect(messageOf(() => checkReferences([['Comments', 'see [[nope:x]]']], ['support_zone']))).toBe(
			"The field 'Comments' mentions [[nope]], but no level or drawing has the client object ID 'nope'",
		);
	});

	test('isoTime drops zero milliseconds and reads n8n dates as UTC', () => {
		expect(isoTime('2026-01-08T10:00:00')).toBe('2026-01-08T10:00:00Z');
		expect(isoTime('2026-01-08T10:00:00.250Z')).toBe('2026-01-08T10:00:00.250Z');
		expect(isoTime('08/01/2026')).toBe('2026-01-08T00:00:00Z');
		expect(isoTime('never')).toBeUndefined();
	});
});
