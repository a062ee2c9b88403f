// placeholder until helper finishes
export function typeNumberingLabels(documentXml: string, _n: string | null, _s: string | null): string { return documentXml; }
