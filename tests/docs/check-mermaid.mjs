// Parses every ```mermaid block of the Markdown files given, with Mermaid's own parser in a jsdom window (the
// parser needs a DOM for its sanitiser). Exits 1 naming the file and the parser's message on the first bad diagram,
// and when a file given has no diagram at all.
import { JSDOM } from 'jsdom';
import fs from 'node:fs';

const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

let failed = false;
for (const file of process.argv.slice(2)) {
  const diagrams = [...fs.readFileSync(file, 'utf8').matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (diagrams.length === 0) {
    console.error(`${file}: no mermaid diagram`);
    failed = true;
  }
  for (const [index, diagram] of diagrams.entries()) {
    try {
      await mermaid.parse(diagram);
      console.log(`${file}: diagram ${index + 1} parses (${diagram.split('\n').length - 1} lines)`);
    } catch (error) {
      console.error(`${file}: diagram ${index + 1} does not parse: ${error.message}`);
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
