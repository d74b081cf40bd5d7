/** The part of n8n's verification scanner (an untyped ES module) that scripts/scan.ts uses. */
declare module '@n8n/scan-community-package/scanner/scanner.mjs' {
	export interface AnalysisResult {
		passed: boolean;
		message?: string;
		details?: string;
	}
	/** Lints `dir` with the scanner's rules (inline configuration off); `patterns` are the files to lint. */
	export function analyzePackage(dir: string, patterns?: string[]): Promise<AnalysisResult>;
	/** The files the scanner lints in a provenance-attested source checkout. */
	export const SOURCE_FILE_PATTERNS: string[];
}
