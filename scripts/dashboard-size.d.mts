export declare function dashboardSizes(outDir: string): Promise<{ raw: number; gzip: number; files: number }>;
