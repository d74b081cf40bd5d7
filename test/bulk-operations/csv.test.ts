import { csvCell, csvFromItems, CsvError } from '../../nodes/shared/csv';

describe('CSV building', () => {
	test('cells are quoted only when needed (RFC 4180)', () => {
		expect(['plain', 'a,b', 'say "hi"', 'two\nlines', ' lead', 'trail ', '', null, undefined, 0, -1.5, true, { a: 1 }, [1, 2]].map(csvCell)).toEqual([
			'plain',
			'"a,b"',
			'"say ""hi"""',
			'"two\nlines"',
			'" lead"',
			'"trail "',
			'',
			'',
			'',
			'0',
			'-1.5',
			'true',
			'"{""a"":1}"',
			'"[1,2]"',
		]);
	});

	test('numeric columns get an operator column; missing fields and empty numbers leave empty cells', () => {
		const csv = csvFromItems(
			[
				{ email: 'a@example.com', xp: 5, level: 'gold' },
				{ email: 'b@example.com', level: 'silver' },
				{ email: 'c@example.com', xp: null, xp_op: 'overwrite' },
			],
			{ operators: { default: 'subtract' } },
		);
		expect(csv).toBe('email,xp_op,xp,level\na@example.com,subtract,5,gold\nb@example.com,,,silver\nc@example.com,,,');
	});

	test('numeric strings alone do not make a column numeric; Numeric Columns or an own _op field do', () => {
		const items = [{ phone: '0812345678', points: '10' }];
		expect(csvFromItems(items, { operators: { default: 'add' } })).toBe('phone,points\n0812345678,10');
		expect(csvFromItems(items, { operators: { default: 'add', numericColumns: ['points'] } })).toBe('phone,points_op,points\n0812345678,add,10');
		expect(csvFromItems([{ phone: '0812345678', points: '10', points_op: 'OVERWRITE' }], { operators: { default: 'add' } })).toBe('phone,points_op,points\n0812345678,overwrite,10');
	});

	test('without operators (import) every field is a plain column, _op fields included', () => {
		expect(csvFromItems([{ email: 'a@example.com', xp: 1, xp_op: 'add' }])).toBe('email,xp,xp_op\na@example.com,1,add');
	});

	test('a text value in a numeric column is an error naming the item', () => {
		expect(() => csvFromItems([{ xp: 1 }, { xp: 'lots', xp_op: 'add' }], { operators: { default: 'add' } })).toThrow(
			new CsvError(`Item 2: the column 'xp' is numeric but the value is "lots"`, ''),
		);
	});

	test('no items, or items without fields, are errors', () => {
		expect(() => csvFromItems([])).toThrow('There are no input items to build the CSV from');
		expect(() => csvFromItems([{}, {}])).toThrow('The input items have no fields to put in the CSV');
	});
});
