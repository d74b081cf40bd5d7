/* eslint-disable */
/**
 * A newcomer's first steps in the editor, clicked as a user would (called from lib/browser.ts, after its checks):
 * each step starts a new workflow, searches "Returning" in the node panel, picks a node and an action, and asserts
 * what the user sees:
 *   - Users › "Get many users": opens with the sandbox credential, Execute step shows the demo members in the output;
 *   - Store › "Get a product": the Product "From list" picker lists the demo products;
 *   - Messaging › "Send a message": pick the channel from the list, type a message and a sender, Execute step
 *     outputs the API's success status;
 *   - Returning.AI Trigger › "On purchased store item": the event is preselected and the notice says where to paste the URL;
 *   - Polling Trigger › "On new redemption order": Fetch Test Event outputs a demo order;
 *   - AI Agent › Tool: "Returning" lists the Returning.AI tools; Users › Get many as a tool offers $fromAI
 *     ("Let the model define this parameter") on its parameters and a Tool Description.
 * Screenshots: artifacts/screenshots/newcomer/.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';

declare const document: any;
type Page = import('playwright-core').Page;

export interface NewcomerCheck {
	page: Page;
	n8nUrl: string;
	screenshots: string;
	credentialName: string;
	pass: (message: string) => void;
	fail: (message: string) => void;
}

const ndv = '[data-test-id="ndv"]';
const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export async function checkNewcomer(o: NewcomerCheck): Promise<void> {
	const { page, pass, fail } = o;
	const dir = join(o.screenshots, 'newcomer');
	mkdirSync(dir, { recursive: true });
	const shot = (file: string) => page.screenshot({ path: join(dir, file) }).catch(() => undefined);

	/** A new workflow, the node panel searched for "Returning", the node `type` (e.g. returningAiUsers) and one of its actions. */
	const addFromPanel = async (type: string, action: string) => {
		await page.goto(`${o.n8nUrl}/workflow/new`);
		await page.click('[data-test-id="canvas-plus-button"]', { timeout: 60_000 });
		await page.fill('[data-test-id="node-creator-search-bar"]', 'Returning');
		await page.click(`[data-test-id="node-creator"] [data-keyboard-nav-id*="${type}-"]`);
		await clickAction(page, action);
	};
	/** The credential slot shows `credentialName`; picks it when n8n preselected another credential of the type. */
	const useCredential = async () => {
		const input = page.locator(`${ndv} [data-test-id="node-credentials-select"] input`).first();
		await page.waitForFunction(() => Boolean(document.querySelector('[data-test-id="ndv"] [data-test-id="node-credentials-select"] input')?.value), undefined, { timeout: 10_000 }).catch(() => undefined);
		if ((await input.inputValue().catch(() => '')) === o.credentialName) return o.credentialName;
		await page.click(`${ndv} [data-test-id="node-credentials-select"]`);
		await page.locator('.el-select-dropdown__item:visible', { hasText: o.credentialName }).first().click();
		return input.inputValue();
	};
	/** Execute step; the output panel's text once it matches `want` (or after 30 s). */
	const execute = async (want: RegExp) => {
		await page.click(`${ndv} [data-test-id="node-execute-button"]`);
		const output = page.locator(`${ndv} [data-test-id="output-panel"]`);
		let text = '';
		for (const until = Date.now() + 30_000; Date.now() < until; await page.waitForTimeout(250)) {
			text = flat(await output.innerText().catch(() => ''));
			if (want.test(text) || /error|problem/i.test(text)) break;
		}
		return text;
	};
	const step = async (name: string, fn: () => Promise<void>) => {
		try {
			await fn();
		} catch (error) {
			await shot(`${name}-failure.png`);
			fail(`newcomer › ${name}: stopped: ${error instanceof Error ? error.message.split('\n')[0] : error} (screenshot newcomer/${name}-failure.png)`);
		}
	};

	await step('users-get-many', async () => {
		await addFromPanel('returningAiUsers', 'Get many users');
		const cred = await useCredential();
		const out = await execute(/ada\.lovelace@example\.com/);
		await shot('users-get-many.png');
		const rows = Number(/(\d+) items?/.exec(out)?.[1] ?? 0);
		if (rows >= 10 && out.includes('ada.lovelace@example.com') && /email.*first_name.*last_name.*join_date/.test(out)) pass(`newcomer › Users › "Get many users" with "${cred}", Execute step: ${rows} members in the output (email, first_name, last_name, join_date; ada.lovelace@example.com, ...)`);
		else fail(`newcomer › Users › "Get many users", Execute step: expected the ≥ 10 demo members with email … join_date, the output shows: ${out.slice(0, 300)}`);
	});

	await step('store-product-picker', async () => {
		await addFromPanel('returningAiStore', 'Get a product');
		await useCredential();
		await page.locator(`${ndv} [data-test-id="resource-locator-productId"] [data-test-id="rlc-input"]`).click();
		await page.locator('[data-test-id="rlc-item"]:visible').first().waitFor({ timeout: 20_000 });
		const items = (await page.locator('[data-test-id="rlc-item"]:visible').allTextContents()).map(flat);
		await shot('store-product-picker.png');
		if (items.includes('Product 1')) pass(`newcomer › Store › "Get a product": Product › From list shows ${items.length} product(s) (${items.slice(0, 3).join(', ')}, ...)`);
		else fail(`newcomer › Store › "Get a product": Product › From list shows ${items.join(', ') || 'nothing'}, expected the demo products (Product 1, ...)`);
		await page.keyboard.press('Escape');
	});

	await step('messaging-send', async () => {
		await addFromPanel('returningAiMessaging', 'Send a message');
		await useCredential();
		await page.locator(`${ndv} [data-test-id="resource-locator-channelId"] [data-test-id="rlc-input"]`).click();
		const channel = page.locator('[data-test-id="rlc-item"]:visible', { hasText: 'General' }).first();
		await channel.waitFor({ timeout: 20_000 });
		await channel.click();
		await page.locator(`${ndv} [data-test-id="parameter-input-message"] textarea`).fill('Hello from my first workflow');
		await page.locator(`${ndv} [data-test-id="parameter-input-sender"] input`).fill('ada.lovelace@example.com');
		const out = await execute(/success/);
		await shot('messaging-send.png');
		if (/1 item/.test(out) && out.includes('success')) pass(`newcomer › Messaging › "Send a message" to General as ada.lovelace@example.com, Execute step: ${out.slice(out.indexOf('1 item'), out.indexOf('1 item') + 80)}`);
		else fail(`newcomer › Messaging › "Send a message", Execute step: expected 1 item with status success, the output shows: ${out.slice(0, 300)}`);
	});

	await step('trigger', async () => {
		await addFromPanel('returningAiTrigger', 'On purchased store item');
		const event = await page.locator(`${ndv} [data-test-id="parameter-input-event"] input`).first().inputValue().catch(() => '');
		const text = flat(await page.locator(`${ndv} [data-test-id="node-parameters"]`).innerText());
		await shot('trigger.png');
		const wants = ['Production URL', 'Outgoing webhooks'];
		const missing = wants.filter((w) => !text.includes(w));
		if (event === 'Purchased Store Item' && !missing.length) pass(`newcomer › Returning.AI Trigger › "On purchased store item": Event "${event}", the notice says where the URL goes (${wants.join(', ')})`);
		else fail(`newcomer › Returning.AI Trigger › "On purchased store item": Event shows '${event}' (expected Purchased Store Item)${missing.length ? `, the panel does not mention ${missing.join(', ')}` : ''}`);
	});

	await step('polling-trigger', async () => {
		await addFromPanel('returningAiPollingTrigger', 'On new redemption order');
		await useCredential();
		const out = await execute(/transactionId.*ORD\w+/);
		await shot('polling-trigger.png');
		if (/\d+ items?/.test(out) && /transactionId/.test(out) && /ORD\w+/.test(out)) pass(`newcomer › Polling Trigger › "On new redemption order", Fetch Test Event: ${/(\d+ items?)/.exec(out)?.[1]} with a demo order (${/ORD\w+/.exec(out)?.[0]})`);
		else fail(`newcomer › Polling Trigger › "On new redemption order", Fetch Test Event: expected a demo order (transactionId ORD...), the output shows: ${out.slice(0, 300)}`);
	});

	await step('ai-agent-tool', async () => {
		await page.goto(`${o.n8nUrl}/workflow/new`);
		await page.click('[data-test-id="canvas-plus-button"]', { timeout: 60_000 });
		await page.fill('[data-test-id="node-creator-search-bar"]', 'AI Agent');
		await page.locator('[data-test-id="node-creator"] [data-keyboard-nav-type="node"]', { hasText: /^\s*AI Agent/ }).first().click();
		await page.waitForSelector(ndv);
		if (await page.locator(ndv).isVisible()) await page.click('[data-test-id="ndv-close-button"]');
		const tool = page.locator('[data-test-id="canvas-node-input-handle"][data-connection-type="ai_tool"]').first();
		const plus = tool.locator('[data-test-id="canvas-handle-plus"]');
		await tool.waitFor();
		await plus.click();
		await page.fill('[data-test-id="node-creator-search-bar"]', 'Returning');
		await page.waitForFunction(() => [...document.querySelectorAll('[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]')].some((e) => /^\s*Returning\.AI/.test(e.textContent ?? '')), undefined, { timeout: 15_000 }).catch(() => undefined);
		const tools = (await page.locator('[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]').allTextContents()).map(flat);
		await shot('ai-agent-tools.png');
		const ours = tools.filter((t) => /^Returning\.AI .* Tool$/.test(t));
		if (ours.length >= 10 && ours.includes('Returning.AI Users Tool') && !ours.some((t) => /Trigger/.test(t))) pass(`newcomer › AI Agent › Tool › "Returning": ${ours.length} Returning.AI tools (${ours.slice(0, 3).join(', ')}, ...), no trigger`);
		else fail(`newcomer › AI Agent › Tool › "Returning": lists ${tools.join(', ') || 'nothing'}`);
		// a tool opens at its defaults (User › Get Many), without an action list
		await page.click('[data-test-id="node-creator"] [data-keyboard-nav-id*="returningAiUsers"]');
		await page.waitForSelector(`${ndv} [data-test-id="node-parameters"] [data-test-id="parameter-item"]`);
		await useCredential();
		const fromAi = await page.locator(`${ndv} [data-test-id="from-ai-override-button"]`).count();
		const params = flat(await page.locator(`${ndv} [data-test-id="node-parameters"]`).innerText());
		await shot('ai-agent-users-tool.png');
		if (fromAi >= 2 && params.includes('Tool Description')) pass(`newcomer › AI Agent › Returning.AI Users Tool › Get many users: Tool Description shown, $fromAI offered on ${fromAi} parameter(s)`);
		else fail(`newcomer › AI Agent › Returning.AI Users Tool › Get many users: ${fromAi} $fromAI button(s), Tool Description ${params.includes('Tool Description') ? 'shown' : 'missing'}`);
	});
}

/** In the node panel's action list: the action whose text is exactly `action` (the panel then opens the node). */
async function clickAction(page: Page, action: string): Promise<void> {
	await page.waitForSelector('[data-test-id="node-creator"] [data-keyboard-nav-type="action"]');
	const exact = new RegExp(`^\\s*${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
	const item = page.locator('[data-test-id="node-creator"] [data-keyboard-nav-type="action"]', { hasText: exact }).first();
	if (!(await item.count())) {
		const listed = (await page.locator('[data-test-id="node-creator"] [data-keyboard-nav-type="action"]').allTextContents()).map(flat);
		throw new Error(`the node panel lists no action "${action}" (listed: ${listed.join(', ')})`);
	}
	await item.click();
	await page.waitForSelector(`${ndv} [data-test-id="node-parameters"]`);
	await page.waitForSelector(`${ndv} [data-test-id="node-parameters"] [data-test-id="parameter-item"], ${ndv} [data-test-id="node-parameters"] [data-test-id="node-credentials-slot"]`, { state: 'attached' });
}
