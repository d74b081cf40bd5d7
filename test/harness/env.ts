/* eslint-disable */
// Loaded by jest before each test file (jest.config.js setupFiles). n8n's own logger (winston) logs every
// node error it handles; the tests assert those errors themselves. RAI_TEST_LOGS=1 shows the log.
if (!process.env.RAI_TEST_LOGS) process.env.N8N_LOG_LEVEL = 'silent';
