/* eslint-disable */
// The test vectors of webhooks.md §3.3, copied by hand.
export const KEY = '0123456789abcdef0123456789abcdef';
export const PLAINTEXT = '{"channelId":"663347f4361726479c6","message":"Hello from n8n","sender":"johndoe@gmail.com"}';
export const PAYLOAD = { channelId: '663347f4361726479c6', message: 'Hello from n8n', sender: 'johndoe@gmail.com' };
export const CBC_IV = '000102030405060708090a0b0c0d0e0f';
export const GCM_IV = '000102030405060708090a0b';

export const VECTORS = {
	cbc: {
		A: '{"iv":"AAECAwQFBgcICQoLDA0ODw==","data":"e1IF9/eeVnKacD9uVMtmU3ZTfAtNkQ2dEYnXLvR1yD89xl4KAlJNaJjWcfT//jV7DRiaEJyAlrgMDOBkxYTpdd7vWeTkacOGt7bf3hloAmkQI6aIlKx0BMfrfaFzhnMZ"}',
		B: 'AAECAwQFBgcICQoLDA0OD3tSBff3nlZymnA/blTLZlN2U3wLTZENnRGJ1y70dcg/PcZeCgJSTWiY1nH0//41ew0YmhCcgJa4DAzgZMWE6XXe71nk5GnDhre2394ZaAJpECOmiJSsdATH632hc4ZzGQ==',
		C: '000102030405060708090a0b0c0d0e0f:7b5205f7f79e56729a703f6e54cb665376537c0b4d910d9d1189d72ef475c83f3dc65e0a02524d6898d671f4fffe357b0d189a109c8096b80c0ce064c584e975deef59e4e469c386b7b6dfde196802691023a68894ac7404c7eb7da173867319',
	},
	gcm: {
		A: '{"iv":"AAECAwQFBgcICQoL","data":"VsfYFLh2vMnElRWcS+3nMtU7N7BaiEe9EeuJgowSleeLiRo8JNBkY/BC3n7gjotfQIfy0W7C+q8ILQwgPjc9DchsAFREAWGJNwYgc50eaXhjuqMZKEOGi+2SOg==","tag":"yzOFEJ/Bve74s1AWx4lEHw=="}',
		B: 'AAECAwQFBgcICQoLVsfYFLh2vMnElRWcS+3nMtU7N7BaiEe9EeuJgowSleeLiRo8JNBkY/BC3n7gjotfQIfy0W7C+q8ILQwgPjc9DchsAFREAWGJNwYgc50eaXhjuqMZKEOGi+2SOsszhRCfwb3u+LNQFseJRB8=',
		C: '000102030405060708090a0b:56c7d814b876bcc9c495159c4bede732d53b37b05a8847bd11eb89828c1295e78b891a3c24d06463f042de7ee08e8b5f4087f2d16ec2faaf082d0c203e373d0dc86c005444016189370620739d1e697863baa3192843868bed923a:cb3385109fc1bdeef8b35016c789441f',
	},
} as const;
