const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * The one escaper for text that goes into markup (HTML, SVG, XML): element text and double-quoted attribute values
 * alike (every attribute this site writes is double-quoted), so "claims & appeals" or "</title><script>" always reads
 * as text and never as markup.
 */
export const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (char) => ENTITIES[char]!);
