/** @type {import("jest").Config} */
module.exports = {
  "testEnvironment": "node",
  "preset": "ts-jest",
  "testMatch": [
    "<rootDir>/test/**/*.test.ts"
  ],
  "testPathIgnorePatterns": [
    "/node_modules/",
    "/test/e2e/"
  ],
  "transform": {
    "^.+\\.ts$": [
      "ts-jest",
      {
        "tsconfig": "tsconfig.test.json"
      }
    ]
  },
  "testTimeout": 30000,
  "setupFiles": ["<rootDir>/test/harness/env.ts"],
  "modulePathIgnorePatterns": [
    "<rootDir>/dist/"
  ]
};
